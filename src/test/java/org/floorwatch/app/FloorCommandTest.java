package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.app.cli.FloorwatchCommand;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.SitePlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code floor --at} (contract section 7) on hand-made stores of the small site: Europe/London, shifts A 06-14,
 * B 14-22, C 22-06, so production day D runs from 06:00 local on D. The answers are worked out in each test from
 * the events it writes (times UTC unless said). HS-PRESS warns at 60, alarms at 75, dead band 1.
 */
class FloorCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    private record Run(int status, String out, String err) { }

    /**
     * Clocks go back at 02:00 BST on 25 Oct 2026 (01:00Z): local 01:00-02:00 happens twice, first at +01:00 (00:xxZ)
     * then at +00:00 (01:xxZ). Production day 24 Oct runs 05:00Z to 06:00Z next day (25 h); its shift C from 21:00Z.
     * <pre>
     * P1 enters IN 24 Oct 20:00Z, IN>PRESS 23:30Z, PRESS>CHECK 25 Oct 01:10Z (E1)
     * P2 enters IN 25 Oct 00:30Z (the first 01:30), IN>PRESS 01:40Z
     * HS-PRESS 76 at 00:20Z (alarm), 74.5 at 00:50Z (still alarm: within the dead band), 73.0 at 01:20Z (warn)
     * </pre>
     */
    @Test
    void bothInstantsOfTheRepeatedHour() throws Exception {
        store(move("m1", "2026-10-24T20:00:00Z", "P1", null, "IN", null),
                move("m2", "2026-10-24T23:30:00Z", "P1", "IN", "PRESS", null),
                move("m3", "2026-10-25T00:30:00Z", "P2", null, "IN", null),
                move("m4", "2026-10-25T01:10:00Z", "P1", "PRESS", "CHECK", "E1"),
                move("m5", "2026-10-25T01:40:00Z", "P2", "IN", "PRESS", null),
                heat("h1", "2026-10-25T00:20:00Z", 76), heat("h2", "2026-10-25T00:50:00Z", 74.5),
                heat("h3", "2026-10-25T01:20:00Z", 73.0));

        // the first 01:30 (BST), exactly on P2's entry: counted
        JsonNode first = floorAt("2026-10-25T01:30:00+01:00");
        assertThat(first.get("at").asText()).isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(first.get("timezone").asText()).isEqualTo("Europe/London");
        assertThat(first.get("production_day").asText()).isEqualTo("2026-10-24");
        assertThat(first.get("shift").asText()).isEqualTo("C");
        assertStation(first, "IN", 1, 1, 0);
        assertStation(first, "PRESS", 1, 0, 0);
        assertStation(first, "CHECK", 0, 0, 0);
        assertSensor(first, 76.0, "2026-10-25T01:20:00+01:00", "alarm");
        // from 21:00Z to 00:30Z (3.5 h): IN holds P1 for 2.5 h, PRESS holds P1 for 1 h; P2's entry at the end weighs 0
        assertThat(heat(first, "IN")).isCloseTo(2.5 / 3.5, within(1e-9));
        assertThat(heat(first, "PRESS")).isCloseTo(1 / 3.5, within(1e-9));
        assertThat(first.get("span").get("from").asText()).isEqualTo("2026-10-24T22:00:00+01:00");

        // the local time alone is the earlier of the two
        assertThat(floorAt("2026-10-25T01:30").get("at").asText()).isEqualTo("2026-10-25T01:30:00+01:00");

        // the second 01:30 (GMT), an hour later
        JsonNode second = floorAt("2026-10-25T01:30:00+00:00");
        assertThat(second.get("at").asText()).isEqualTo("2026-10-25T01:30:00+00:00");
        assertThat(second.get("production_day").asText()).isEqualTo("2026-10-24");
        assertStation(second, "IN", 1, 1, 0);
        assertStation(second, "PRESS", 0, 1, 1);
        assertStation(second, "CHECK", 1, 0, 0);
        assertSensor(second, 73.0, "2026-10-25T01:20:00+00:00", "warn");
        // 21:00Z to 01:30Z (4.5 h): IN 2.5 h + 1 h, PRESS 23:30Z-01:10Z (5/3 h), CHECK 01:10Z-01:30Z (1/3 h)
        assertThat(heat(second, "IN")).isCloseTo(3.5 / 4.5, within(1e-9));
        assertThat(heat(second, "PRESS")).isCloseTo(5.0 / 3 / 4.5, within(1e-9));
        assertThat(heat(second, "CHECK")).isCloseTo(1.0 / 3 / 4.5, within(1e-9));
        assertThat(heat(second, "OUT")).isZero();
    }

    /**
     * Clocks go forward at 01:00 GMT on 29 Mar 2026: local 01:00-02:00 never happens; 02:00 BST is 01:00Z. Production
     * day 28 Mar runs 06:00Z to 05:00Z next day (23 h); its shift C from 22:00Z.
     * <pre>
     * P1 enters IN 28 Mar 21:00Z, IN>PRESS 29 Mar 00:59:59Z
     * P2 enters IN 29 Mar 01:00:00Z (02:00 BST), P3 enters IN 01:00:01Z
     * </pre>
     */
    @Test
    void justAfterTheSkippedHour() throws Exception {
        store(move("s1", "2026-03-28T21:00:00Z", "P1", null, "IN", null),
                move("s2", "2026-03-29T00:59:59Z", "P1", "IN", "PRESS", null),
                move("s3", "2026-03-29T01:00:00Z", "P2", null, "IN", null),
                move("s4", "2026-03-29T01:00:01Z", "P3", null, "IN", null));

        JsonNode floor = floorAt("2026-03-29T02:00");
        assertThat(floor.get("at").asText()).isEqualTo("2026-03-29T02:00:00+01:00");
        assertThat(floor.get("production_day").asText()).isEqualTo("2026-03-28");
        assertThat(floor.get("shift").asText()).isEqualTo("C");
        assertStation(floor, "IN", 1, 1, 0);
        assertStation(floor, "PRESS", 1, 0, 0);
        assertSensor(floor, null, null, null);
        // 22:00Z to 01:00Z is 3 h elapsed (the clock shows 4): IN holds P1 for 3 h less 1 s, PRESS for 1 s
        assertThat(heat(floor, "IN")).isCloseTo(10_799 / 10_800.0, within(1e-12));
        assertThat(heat(floor, "PRESS")).isCloseTo(1 / 10_800.0, within(1e-12));

        // a local time inside the skipped hour moves forward by the gap
        assertThat(floorAt("2026-03-29T01:30").get("at").asText()).isEqualTo("2026-03-29T02:30:00+01:00");
    }

    /**
     * Production day 27 Oct ends and 28 Oct begins at 06:00 (GMT, so UTC). P4 enters IN 05:30, IN>PRESS 06:30.
     */
    @Test
    void aSpanAcrossAProductionDayBoundary() throws Exception {
        store(move("b1", "2026-10-28T05:30:00Z", "P4", null, "IN", null),
                move("b2", "2026-10-28T06:30:00Z", "P4", "IN", "PRESS", null));

        JsonNode floor = floorAt("2026-10-28T08:00", "--span", "2026-10-28T05:00/2026-10-28T07:00:00Z");
        // 05:00 to 07:00: IN holds P4 for 1 h, PRESS for 0.5 h
        assertThat(heat(floor, "IN")).isCloseTo(0.5, within(1e-12));
        assertThat(heat(floor, "PRESS")).isCloseTo(0.25, within(1e-12));
        assertThat(floor.get("span").get("from").asText()).isEqualTo("2026-10-28T05:00:00+00:00");
        assertThat(floor.get("production_day").asText()).isEqualTo("2026-10-28");
        assertStation(floor, "IN", 0, 1, 0);

        // before 06:00 it is still 27 Oct: nothing processed yet
        JsonNode before = floorAt("2026-10-28T05:59:59Z");
        assertThat(before.get("production_day").asText()).isEqualTo("2026-10-27");
        assertStation(before, "IN", 1, 0, 0);

        // an empty span has no mean
        assertThat(floorAt("2026-10-28T08:00", "--span", "2026-10-28T07:00/2026-10-28T07:00").get("heat").get(0)
                .get("avg_wip").isNull()).isTrue();
    }

    /**
     * A move stored after the floor at an instant was first shown, two days late: its checkpoints (the midnights of
     * 4 and 5 Nov) are updated, and the floor at the same instant shows it.
     */
    @Test
    void aLateMoveStoredAfterwardsChangesTheFloorAtThatInstant() throws Exception {
        store(move("l1", "2026-11-03T08:00:00Z", "P1", null, "IN", null),
                move("l2", "2026-11-05T09:00:00Z", "P2", null, "IN", null),
                move("l3", "2026-11-05T10:00:00Z", "P2", "IN", "PRESS", null));
        JsonNode before = floorAt("2026-11-05T12:00:00Z");
        assertStation(before, "IN", 1, 1, 0);
        assertStation(before, "PRESS", 1, 0, 0);

        write(move("l4", "2026-11-03T10:00:00Z", "P1", "IN", "PRESS", null),
                move("l5", "2026-11-05T11:00:00Z", "P2", "PRESS", "CHECK", "E7"));

        JsonNode after = floorAt("2026-11-05T12:00:00Z");
        assertStation(after, "IN", 0, 1, 0);
        assertStation(after, "PRESS", 1, 1, 1);
        assertStation(after, "CHECK", 1, 0, 0);
    }

    @Test
    void anInstantThatCannotBeReadOrASpanBackwardsIsWrongUsage() throws Exception {
        store(move("x1", "2026-11-03T08:00:00Z", "P1", null, "IN", null));

        Run bad = run("floor", "--at", "yesterday", "--data", dataDir.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("'yesterday' is not an instant").doesNotContain("Exception");

        Run backwards = run("floor", "--at", "2026-11-03T09:00", "--data", dataDir.toString(), "--span",
                "2026-11-03T08:00/2026-11-03T07:00");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--span ends");
    }

    @Test
    void writesTheJsonToAFileWhenAsked() throws Exception {
        store(move("j1", "2026-11-03T08:00:00Z", "P1", null, "IN", null));
        Path file = work.resolve("out/floor.json");

        Run run = run("floor", "--at", "2026-11-03T09:00:00Z", "--data", dataDir.toString(), "--json", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(file.toFile()).get("stations").get(0).get("wip").asLong()).isEqualTo(1);
    }

    private JsonNode floorAt(String at, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("floor", "--at", at, "--data", dataDir.toString()));
        args.addAll(List.of(more));
        Run run = run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static void assertStation(JsonNode floor, String id, long wip, long processed, long errors) {
        JsonNode station = find(floor.get("stations"), "station", id);
        assertThat(List.of(station.get("wip").asLong(), station.get("processed").asLong(), station.get("errors").asLong()))
                .as(id + " wip, processed, errors").containsExactly(wip, processed, errors);
    }

    private static void assertSensor(JsonNode floor, Double celsius, String ts, String level) {
        JsonNode sensor = find(floor.get("sensors"), "sensor", "HS-PRESS");
        assertThat(sensor.get("celsius").isNull() ? null : sensor.get("celsius").asDouble()).isEqualTo(celsius);
        assertThat(sensor.get("ts").isNull() ? null : sensor.get("ts").asText()).isEqualTo(ts);
        assertThat(sensor.get("level").isNull() ? null : sensor.get("level").asText()).isEqualTo(level);
    }

    private static double heat(JsonNode floor, String station) {
        return find(floor.get("heat"), "station", station).get("avg_wip").asDouble();
    }

    private static JsonNode find(JsonNode list, String field, String id) {
        for (JsonNode element : list) {
            if (element.get(field).asText().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private void store(FloorEvent... events) {
        try (FloorStore store = FloorStore.open(dataDir)) {
            SitePlanStore.save(store.writer(), SmallPlan.JSON, "small-works.json").join();
            store.writer().write(IngestBatch.of(List.of(events)));
        }
    }

    private void write(FloorEvent... events) {
        try (FloorStore store = FloorStore.open(dataDir)) {
            store.writer().write(IngestBatch.of(List.of(events)));
        }
    }

    private static PartMove move(String id, String ts, String part, String from, String to, String error) {
        return new PartMove(id, Instant.parse(ts), part, "WIDGET", from, to, error);
    }

    private static HeatReading heat(String id, String ts, double celsius) {
        return new HeatReading(id, Instant.parse(ts), "HS-PRESS", celsius);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FloorwatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }
}
