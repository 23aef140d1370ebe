package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.live.FloorSnapshot.SensorLive;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.alarm.AlarmDesk;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sensor's level with the dead band, read four ways at the same instants: the live floor (the map's colour),
 * the alarm desk (what the banner and the Alarms screen show), {@code alarms} and {@code floor --at}. HS-PRESS
 * warns at 60, alarms at 75, dead band 1 (so it leaves alarm below 74 and warn below 59), stale after 300 s; the
 * readings are a minute apart, so none is stale. Times UTC, production day 2026-11-03.
 */
class SensorLevelsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FloorPlan PLAN = SmallPlan.withAlarmLimits();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    /** A reading stored, and the level it leaves the sensor at, at the newest reading's instant. */
    private record Step(HeatReading reading, String level) { }

    private static HeatReading press(String id, String time, double celsius) {
        return new HeatReading(id, Instant.parse("2026-11-03T" + time + "Z"), "HS-PRESS", celsius);
    }

    /**
     * <pre>
     * r1 10:00 50.0 normal
     * r2 10:01 76.0 alarm   (at or above 75: an episode starts)
     * r3 10:02 74.5 alarm   (within the dead band: not below 74)
     * r4 10:03 73.5 warn    (below 74)
     * r5 10:04 74.2 warn    (under 75, and warn before it)
     * r6 10:03:30 75.5, stored after r5: alarm at 10:03:30, so r5 holds alarm (not below 74): alarm at 10:04
     * r7 10:05 59.5 warn    (below 74, not below 59)
     * r8 10:06 58.5 normal  (below 59: the episode ends, level alarm, peak 76)
     * r9 10:07 61.0 warn    (a second episode, level warn, peak 61, open)
     * </pre>
     */
    @Test
    void theLiveFloorTheAlarmDeskAlarmsAndFloorAtAgreeOnTheLevelAtEachInstant() throws Exception {
        List<Step> steps = List.of(new Step(press("r1", "10:00:00", 50.0), "normal"),
                new Step(press("r2", "10:01:00", 76.0), "alarm"), new Step(press("r3", "10:02:00", 74.5), "alarm"),
                new Step(press("r4", "10:03:00", 73.5), "warn"), new Step(press("r5", "10:04:00", 74.2), "warn"),
                new Step(press("r6", "10:03:30", 75.5), "alarm"), new Step(press("r7", "10:05:00", 59.5), "warn"),
                new Step(press("r8", "10:06:00", 58.5), "normal"), new Step(press("r9", "10:07:00", 61.0), "warn"));
        List<Instant> instants = new ArrayList<>();
        try (FloorStore store = FloorStore.open(dataDir);
             LiveFloorFeed floor = new LiveFloorFeed(PLAN, store, Duration.ofMillis(50));
             AlarmDesk desk = new AlarmDesk(PLAN, store, () -> Instant.EPOCH, Actor.of("Dana"))) {
            SitePlanStore.save(store.writer(), SmallPlan.withAlarmLimitsJson(), "small-works-alarms.json").join();
            for (Step step : steps) {
                store.writer().write(IngestBatch.of(List.of(step.reading())));
                desk.alarms().awaitSettled(WAIT);
                SensorLive live = pressOf(floor.snapshotNow().sensors());
                Instant now = floor.snapshotNow().asOf();
                instants.add(now);
                Optional<AlarmEpisode> active = desk.publishNow().board().rows().stream()
                        .filter(r -> r.active() && r.episode().kind() == AlarmKind.HEAT)
                        .map(Row::episode).findFirst();

                assertThat(live.level().name().toLowerCase(Locale.ROOT)).as("live floor after %s", step.reading().id())
                        .isEqualTo(step.level());
                assertThat(active.isPresent()).as("alarm desk after %s", step.reading().id())
                        .isEqualTo(!"normal".equals(step.level()));
                if ("alarm".equals(step.level())) {
                    assertThat(active.orElseThrow().level().word()).isEqualTo("alarm");
                }
            }
        }
        assertThat(instants).containsExactly(at("10:00"), at("10:01"), at("10:02"), at("10:03"), at("10:04"),
                at("10:04"), at("10:05"), at("10:06"), at("10:07"));

        JsonNode alarms = JSON.readTree(CliRun.run("alarms", "--from", "2026-11-03", "--to", "2026-11-03", "--data",
                dataDir.toString()).out());
        // with r6 stored, 10:04 is alarm for everyone; r5's "warn" was the floor before r6 arrived
        List<String> now = List.of("normal", "alarm", "alarm", "warn", "alarm", "alarm", "warn", "normal", "warn");
        for (int i = 0; i < instants.size(); i++) {
            Instant instant = instants.get(i);
            JsonNode sensor = floorAt(instant);
            assertThat(sensor.get("level").asText()).as("floor --at %s", instant).isEqualTo(now.get(i));
            assertThat(heatEpisodeAt(alarms, instant).isPresent()).as("alarms at %s", instant)
                    .isEqualTo(!"normal".equals(now.get(i)));
        }
        assertThat(floorAt(at("10:03:30")).get("level").asText()).isEqualTo("alarm");
        JsonNode first = heatEpisodeAt(alarms, at("10:01")).orElseThrow();
        assertThat(first.get("level").asText()).isEqualTo("alarm");
        assertThat(first.get("peak").asDouble()).isEqualTo(76.0);
        assertThat(instant(first.get("end"))).isEqualTo(at("10:06"));
        JsonNode second = heatEpisodeAt(alarms, at("10:07")).orElseThrow();
        assertThat(second.get("level").asText()).isEqualTo("warn");
        assertThat(second.get("end").isNull()).isTrue();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-03T" + (time.length() == 5 ? time + ":00" : time) + "Z");
    }

    private static SensorLive pressOf(List<SensorLive> sensors) {
        return sensors.stream().filter(s -> s.sensor().equals("HS-PRESS")).findFirst().orElseThrow();
    }

    private JsonNode floorAt(Instant instant) throws Exception {
        CliRun run = CliRun.run("floor", "--at", instant.toString(), "--data", dataDir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        for (JsonNode sensor : JSON.readTree(run.out()).get("sensors")) {
            if (sensor.get("sensor").asText().equals("HS-PRESS")) {
                return sensor;
            }
        }
        throw new AssertionError("no HS-PRESS in " + run.out());
    }

    /** The heat episode of HS-PRESS in the {@code alarms} JSON with start <= instant < end (or no end). */
    private static Optional<JsonNode> heatEpisodeAt(JsonNode alarms, Instant instant) {
        for (JsonNode episode : alarms.get("episodes")) {
            if (episode.get("kind").asText().equals("heat") && episode.get("source").asText().equals("HS-PRESS")
                    && !instant(episode.get("start")).isAfter(instant)
                    && (episode.get("end").isNull() || instant(episode.get("end")).isAfter(instant))) {
                return Optional.of(episode);
            }
        }
        return Optional.empty();
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }
}
