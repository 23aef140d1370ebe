package org.floorwatch.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.message.Topics;
import org.junit.jupiter.api.Test;

class MessageEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TS = Instant.parse("2026-11-02T06:15:00Z");
    private final MessageEncoder encoder = new MessageEncoder(Topics.DEFAULT);

    @Test
    void aMoveGoesToTheMovesTopicKeyedByPartWithAMillisecondUtcTimestamp() throws Exception {
        SimulatedMessage message = encoder.encode(
                new PartMove("mv-1", TS.plusMillis(250), "P-9", "T-1", "S1", "S2", "E-S1-01"));

        assertThat(message.topic()).isEqualTo("floor.moves");
        assertThat(message.key()).isEqualTo("P-9");
        assertThat(JSON.readTree(message.value())).isEqualTo(JSON.readTree("""
                {"id":"mv-1","ts":"2026-11-02T06:15:00.250Z","part":"P-9","type":"T-1","from":"S1","to":"S2",
                 "error":"E-S1-01"}"""));
    }

    @Test
    void aMoveWithoutErrorSometimesCarriesNullAndSometimesNoErrorField() throws Exception {
        List<JsonNode> entries = List.of("mv-1", "mv-2", "mv-3", "mv-4", "mv-5", "mv-6").stream()
                .map(id -> encoder.encode(new PartMove(id, TS, "P-1", "T-1", null, "IN", null)))
                .map(message -> read(message.value())).toList();

        assertThat(entries).allMatch(json -> json.get("from").isNull() && json.get("ts").asText().endsWith(":00.000Z"))
                .anyMatch(json -> json.has("error") && json.get("error").isNull())
                .anyMatch(json -> !json.has("error"));
    }

    @Test
    void readingsAndSamplesGoToTheirTopicsKeyedBySensorAndMachine() throws Exception {
        SimulatedMessage reading = encoder.encode(new HeatReading("ht-1", TS, "H-1", 61.5));
        SimulatedMessage sample = encoder.encode(new EnergySample("en-1", TS, "M-1", 0.75, 45.0));

        assertThat(reading.topic()).isEqualTo("floor.heat");
        assertThat(reading.key()).isEqualTo("H-1");
        assertThat(JSON.readTree(reading.value())).isEqualTo(JSON.readTree(
                "{\"id\":\"ht-1\",\"ts\":\"2026-11-02T06:15:00.000Z\",\"sensor\":\"H-1\",\"celsius\":61.5}"));
        assertThat(sample.topic()).isEqualTo("floor.energy");
        assertThat(sample.key()).isEqualTo("M-1");
        assertThat(JSON.readTree(sample.value())).isEqualTo(JSON.readTree(
                "{\"id\":\"en-1\",\"ts\":\"2026-11-02T06:15:00.000Z\",\"machine\":\"M-1\",\"kwh\":0.75,\"kw\":45.0}"));
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(value, e);
        }
    }
}
