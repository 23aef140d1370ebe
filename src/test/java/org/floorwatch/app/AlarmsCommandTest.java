package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.app.cli.FloorwatchCommand;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmFloor;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.alarm.AlarmActions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alarms} on hand-made readings and moves of the small plan with alarm limits (HS-PRESS warn 60, alarm 75,
 * dead band 1, stale after 300 s; HS-CHECK stale after 120 s; PRESS wip_limit 3), production day 2026-11-03 =
 * 06:00Z to 06:00Z next day (London is on GMT in November).
 */
class AlarmsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @TempDir
    Path work;

    private record Run(int status, String out, String err) { }

    private static Instant at(String time) {
        return Instant.parse("2026-11-03T" + time + "Z");
    }

    private static HeatReading press(String id, String time, double celsius) {
        return new HeatReading(id, at(time), "HS-PRESS", celsius);
    }

    @BeforeAll
    static void storeWithHandMadeHistory() {
        List<FloorEvent> events = new ArrayList<>(List.of(
                press("p0", "05:59:50", 61), press("p1", "06:00:10", 30),
                press("p2", "07:00:00", 50), press("p3", "07:00:10", 80), press("p4", "07:00:20", 76),
                press("p5", "07:00:30", 58), press("p6", "07:05:00", 61), press("p7", "07:06:00", 30),
                press("p8", "07:20:00", 30), new HeatReading("c1", at("07:00:00"), "HS-CHECK", 20)));
        for (int i = 1; i <= 3; i++) {
            events.add(new PartMove("in" + i, at("08:0" + (i - 1) + ":00"), "P" + i, "W", "IN", "PRESS", null));
        }
        events.add(new PartMove("out1", at("08:10:00"), "P1", "W", "PRESS", "CHECK", null));
        try (FloorStore store = FloorStore.open(dataDir)) {
            SitePlanStore.save(store.writer(), SmallPlan.withAlarmLimitsJson(), "small-works-alarms.json").join();
            store.writer().write(IngestBatch.of(events));
            AlarmEpisode alarm = AlarmFloor.replay(SmallPlan.withAlarmLimits(), events).episodes().stream()
                    .filter(e -> e.start().equals(at("07:00:10"))).findFirst().orElseThrow();
            AlarmActions.acknowledge(store.writer(), List.of(alarm), Actor.of("Dana"), at("07:01:00"), "fan belt replaced").join();
        }
    }

    @Test
    void theJsonHoldsEveryEpisodeOverlappingThePeriodWithCountsAndFlood() throws Exception {
        Run run = run("alarms", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("report").asText()).isEqualTo("alarms");
        assertThat(json.get("from").asText()).isEqualTo("2026-11-03");
        assertThat(json.get("to").asText()).isEqualTo("2026-11-03");
        assertThat(json.get("timezone").asText()).isEqualTo("Europe/London");
        List<String> episodes = new ArrayList<>();
        json.get("episodes").forEach(e -> episodes.add(e.get("kind").asText() + " " + e.get("source").asText() + " "
                + e.get("level").asText() + " " + e.get("start").asText() + " " + e.get("end").asText() + " "
                + e.get("peak").asText()));
        // the warn that began at 05:59:50 (day before) and ended 06:00:10 overlaps; the gap 06:00:10 -> 07:00 is a
        // silence from 06:05:10; 80 at 07:00:10 starts an alarm held by 76 (>= 74) and ended by 58; 61 at 07:05 a
        // warn ended at 07:06; 07:06 -> 07:20 a silence from 07:11; after the last reading (07:20) a silence from 07:25,
        // open; HS-CHECK read once at 07:00: silent from 07:02 (120 s), open; PRESS reaches 3 parts at 08:02 until the
        // first leaves at 08:10
        assertThat(episodes).containsExactly(
                "heat HS-PRESS warn 2026-11-03T05:59:50Z 2026-11-03T06:00:10Z 61.0",
                "stale HS-PRESS null 2026-11-03T06:05:10Z 2026-11-03T07:00:00Z null",
                "heat HS-PRESS alarm 2026-11-03T07:00:10Z 2026-11-03T07:00:30Z 80.0",
                "stale HS-CHECK null 2026-11-03T07:02:00Z null null",
                "heat HS-PRESS warn 2026-11-03T07:05:00Z 2026-11-03T07:06:00Z 61.0",
                "stale HS-PRESS null 2026-11-03T07:11:00Z 2026-11-03T07:20:00Z null",
                "stale HS-PRESS null 2026-11-03T07:25:00Z null null",
                "wip PRESS alarm 2026-11-03T08:02:00Z 2026-11-03T08:10:00Z null");
        JsonNode acked = json.get("episodes").get(2);
        assertThat(acked.get("acked_by").asText()).isEqualTo("Dana");
        assertThat(acked.get("acked_at").asText()).isEqualTo("2026-11-03T07:01:00Z");
        assertThat(acked.get("note").asText()).isEqualTo("fan belt replaced");
        assertThat(json.get("episodes").get(1).get("acked_by").isNull()).isTrue();
        // starting in the period: heat alarm 1, heat warn 1 (the 05:59:50 one started the day before), stale 4, wip 1
        assertThat(json.get("by_kind").toString()).isEqualTo("[{\"kind\":\"heat\",\"level\":\"alarm\",\"count\":1},"
                + "{\"kind\":\"heat\",\"level\":\"warn\",\"count\":1},{\"kind\":\"stale\",\"level\":null,\"count\":4},"
                + "{\"kind\":\"wip\",\"level\":\"alarm\",\"count\":1}]");
        // 7 starts; from 07:00:10 the next 10 minutes hold 07:00:10, 07:02 and 07:05 (and from 07:02: 07:02, 07:05,
        // 07:11): at most 3; 7 over the 24-hour day
        assertThat(json.get("flood").get("max_per_10min").asInt()).isEqualTo(3);
        assertThat(json.get("flood").get("per_hour").asDouble()).isEqualTo(7 / 24.0);
    }

    @Test
    void theEndIsNullWhenTheEpisodeIsStillOpenAtThePeriodsEnd() throws Exception {
        Run run = run("alarms", "--from", "2026-11-02", "--to", "2026-11-02", "--data", dataDir.toString(), "--json", "-");

        JsonNode episodes = JSON.readTree(run.out()).get("episodes");
        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).get("start").asText()).isEqualTo("2026-11-03T05:59:50Z");
        assertThat(episodes.get(0).get("end").isNull()).as("it ends 06:00:10, after day 2026-11-02 ends").isTrue();
        assertThat(JSON.readTree(run.out()).get("flood").get("max_per_10min").asInt()).isEqualTo(1);
    }

    @Test
    void theWorkbookHoldsTheEpisodesWithTheirAcknowledgements() throws Exception {
        Path file = work.resolve("alarms.xlsx");

        Run run = run("alarms", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString(),
                "--xlsx", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet episodes = workbook.getSheet("Episodes");
            assertThat(episodes.getLastRowNum()).isEqualTo(8);
            DataFormatter text = new DataFormatter();
            Row acked = episodes.getRow(3);
            assertThat(text.formatCellValue(acked.getCell(0))).isEqualTo("HS-PRESS");
            assertThat(text.formatCellValue(acked.getCell(2))).isEqualTo("alarm");
            assertThat(acked.getCell(6).getLocalDateTimeCellValue()).hasToString("2026-11-03T07:00:10");
            assertThat(acked.getCell(8).getNumericCellValue()).isEqualTo(20 / 60.0);
            assertThat(acked.getCell(9).getNumericCellValue()).isEqualTo(80.0);
            assertThat(text.formatCellValue(acked.getCell(11))).isEqualTo("Dana");
            assertThat(text.formatCellValue(acked.getCell(13))).isEqualTo("fan belt replaced");
            assertThat(episodes.getRow(7).getCell(7)).as("open: no end").satisfiesAnyOf(
                    cell -> assertThat(cell).isNull(), cell -> assertThat(text.formatCellValue(cell)).isEmpty());
            Sheet flood = workbook.getSheet("Flood");
            assertThat(flood.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(workbook.getSheet("By kind").getRow(3).getCell(3).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsWrongUsage() {
        Run run = run("alarms", "--from", "2026-11-03", "--to", "2026-11-02", "--data", dataDir.toString());

        assertThat(run.status()).isEqualTo(2);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FloorwatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }
}
