package org.floorwatch.ingest.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MessageDecoderTest {

    private final MessageDecoder decoder = new MessageDecoder(SmallPlan.plan());

    @Test
    void acceptsAMoveWithAnOffsetTimestampAndAbsentError() {
        DecodedMessage decoded = decoder.decode(MessageKind.MOVE,
                "{\"id\":\"m1\",\"ts\":\"2026-11-02T07:15:00+01:00\",\"part\":\"P1\",\"type\":\"T\",\"from\":null,\"to\":\"IN\"}");

        assertThat(decoded.rejection()).isNull();
        assertThat(decoded.event()).isEqualTo(
                new PartMove("m1", Instant.parse("2026-11-02T06:15:00Z"), "P1", "T", null, "IN", null));
    }

    @Test
    void keepsTheErrorCodeAndMillisecondsOfAMove() {
        PartMove move = (PartMove) decoder.decode(MessageKind.MOVE,
                "{\"id\":\"m2\",\"ts\":\"2026-11-02T06:15:00.250Z\",\"part\":\"P1\",\"type\":\"T\",\"from\":\"CHECK\","
                        + "\"to\":\"FIX\",\"error\":\"E-7\",\"extra\":[1,2]}").event();

        assertThat(move.ts()).isEqualTo(Instant.parse("2026-11-02T06:15:00.250Z"));
        assertThat(move.error()).isEqualTo("E-7");
        assertThat(move.from()).isEqualTo("CHECK");
    }

    @Test
    void acceptsHeatAndEnergy() {
        assertThat(decoder.decode(MessageKind.HEAT,
                "{\"id\":\"h1\",\"ts\":\"2026-11-02T06:15:00Z\",\"sensor\":\"HS-PRESS\",\"celsius\":61.5}").event())
                .isEqualTo(new HeatReading("h1", Instant.parse("2026-11-02T06:15:00Z"), "HS-PRESS", 61.5));
        assertThat(decoder.decode(MessageKind.ENERGY,
                "{\"id\":\"e1\",\"ts\":\"2026-11-02T06:15:00Z\",\"machine\":\"M-PRESS\",\"kwh\":0,\"kw\":12}").event())
                .isEqualTo(new EnergySample("e1", Instant.parse("2026-11-02T06:15:00Z"), "M-PRESS", 0, 12));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "MOVE|not JSON|{\"id\":\"m1\",",
        "MOVE|not a JSON object|[1,2]",
        "MOVE|missing field 'part'|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"type\":\"T\",\"from\":null,\"to\":\"IN\"}",
        "MOVE|missing field 'from'|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"part\":\"P\",\"type\":\"T\",\"to\":\"IN\"}",
        "MOVE|field 'part' is a number, not a string|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"part\":7,\"type\":\"T\",\"from\":null,\"to\":\"IN\"}",
        "MOVE|unknown station 'NOPE' in 'to'|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"part\":\"P\",\"type\":\"T\",\"from\":null,\"to\":\"NOPE\"}",
        "MOVE|unknown station 'NOPE' in 'from'|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"part\":\"P\",\"type\":\"T\",\"from\":\"NOPE\",\"to\":\"IN\"}",
        "MOVE|'from' equals 'to' (PRESS)|{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00Z\",\"part\":\"P\",\"type\":\"T\",\"from\":\"PRESS\",\"to\":\"PRESS\"}",
        "MOVE|field 'ts' is not an ISO-8601 instant with an offset: '2026-11-02T06:15:00'|"
                + "{\"id\":\"m\",\"ts\":\"2026-11-02T06:15:00\",\"part\":\"P\",\"type\":\"T\",\"from\":null,\"to\":\"IN\"}",
        "MOVE|field 'id' is a number, not a string|{\"id\":5,\"ts\":\"2026-11-02T06:15:00Z\",\"part\":\"P\",\"type\":\"T\",\"from\":null,\"to\":\"IN\"}",
        "HEAT|unknown sensor 'HS-X' in 'sensor'|{\"id\":\"h\",\"ts\":\"2026-11-02T06:15:00Z\",\"sensor\":\"HS-X\",\"celsius\":20}",
        "HEAT|field 'celsius' is a string, not a number|{\"id\":\"h\",\"ts\":\"2026-11-02T06:15:00Z\",\"sensor\":\"HS-PRESS\",\"celsius\":\"20\"}",
        "ENERGY|unknown machine 'M-X' in 'machine'|{\"id\":\"e\",\"ts\":\"2026-11-02T06:15:00Z\",\"machine\":\"M-X\",\"kwh\":1,\"kw\":2}",
        "ENERGY|negative kwh (-0.5)|{\"id\":\"e\",\"ts\":\"2026-11-02T06:15:00Z\",\"machine\":\"M-PRESS\",\"kwh\":-0.5,\"kw\":2}",
        "ENERGY|missing field 'kw'|{\"id\":\"e\",\"ts\":\"2026-11-02T06:15:00Z\",\"machine\":\"M-PRESS\",\"kwh\":1}",
    })
    void quarantinesEveryBrokenMessageWithItsReason(MessageKind kind, String reason, String json) {
        DecodedMessage decoded = decoder.decode(kind, json);

        assertThat(decoded.isAccepted()).isFalse();
        assertThat(decoded.rejection()).isEqualTo(reason);
    }

    @Test
    void quarantinesBytesThatAreNotUtf8Json() {
        assertThat(decoder.decode(MessageKind.MOVE, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00}).rejection())
                .isEqualTo("not JSON");
        assertThat(decoder.decode(MessageKind.MOVE, (byte[]) null).rejection()).startsWith("not JSON");
    }

    @Test
    void tellsTheKindOfAnArchiveLineFromItsFields() {
        assertThat(decoder.decodeByFields(
                "{\"id\":\"e\",\"ts\":\"2026-11-02T06:15:00Z\",\"machine\":\"M-PRESS\",\"kwh\":1,\"kw\":2}").event())
                .isInstanceOf(EnergySample.class);
        assertThat(decoder.decodeByFields(
                "{\"id\":\"h\",\"ts\":\"2026-11-02T06:15:00Z\",\"sensor\":\"HS-PRESS\",\"celsius\":20}").event())
                .isInstanceOf(HeatReading.class);
        assertThat(decoder.decodeByFields("{\"id\":\"x\",\"ts\":\"2026-11-02T06:15:00Z\"}").rejection())
                .startsWith("unknown kind");
    }
}
