package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmFloor;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.Shelving;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.ingest.files.FileImporter;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.alarm.AlarmActions;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail on a real store of the small plan (production day 2026-11-03 = 06:00Z to 06:00Z next day): each kind
 * of act (acknowledgement, shelving, unshelving, shift note, import, refused import) leaves one line with who, when
 * and what, written with the act; an act that changes nothing (a second acknowledgement) and an automatic import
 * leave none; {@code audit} exports the lines as JSON and as a workbook.
 */
class AuditTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor DANA = new Actor("Dana Reyes", "dana");
    private static final Actor SAM = Actor.of("sam");

    @TempDir
    static Path dataDir;

    @TempDir
    static Path files;

    private static List<AuditEntry> lines;

    private static Instant at(String time) {
        return Instant.parse("2026-11-03T" + time + "Z");
    }

    @BeforeAll
    static void actOnAStore() throws Exception {
        List<FloorEvent> events = List.of(new HeatReading("p1", at("07:00:00"), "HS-PRESS", 50),
                new HeatReading("p2", at("07:00:10"), "HS-PRESS", 80), new HeatReading("p3", at("07:00:30"), "HS-PRESS", 50));
        Path energy = Files.writeString(files.resolve("energy.csv"), "date,machine,kwh,peak_kw\n2026-11-03,M-PRESS,10,3\n");
        Path broken = Files.writeString(files.resolve("broken.csv"), "foo\n1\n");
        Path inbox = Files.writeString(files.resolve("inbox-energy.csv"), "date,machine,kwh,peak_kw\n2026-11-02,M-PRESS,9,3\n");
        try (FloorStore store = FloorStore.open(dataDir)) {
            SitePlanStore.save(store.writer(), SmallPlan.withAlarmLimitsJson(), "small-works-alarms.json").join();
            store.writer().write(IngestBatch.of(events));
            AlarmEpisode alarm = AlarmFloor.replay(SmallPlan.withAlarmLimits(), events).episodes().stream()
                    .filter(e -> e.start().equals(at("07:00:10"))).findFirst().orElseThrow();
            AlarmActions.acknowledge(store.writer(), List.of(alarm), DANA, at("07:01:00"), "fan belt replaced").join();
            AlarmActions.acknowledge(store.writer(), List.of(alarm), SAM, at("07:02:00"), "again").join();
            Shelving shelved = AlarmActions.shelve(store.writer(), new AlarmSource(true, "HS-PRESS"), DANA,
                    at("07:03:00"), at("07:18:00"), "sensor being replaced").join();
            AlarmActions.unshelve(store.writer(), shelved, SAM, at("07:10:00")).join();
            new ShiftLog(store, ProductionCalendar.of(SmallPlan.withAlarmLimits()))
                    .write(SAM, at("07:20:00"), "Press sensor replaced", null).join();
            FileImporter importer = new FileImporter(SmallPlan.withAlarmLimits(), store.writer());
            importer.importFile(energy, DANA, at("07:30:00"));
            importer.importFile(broken, DANA, at("07:31:00"));
            importer.importFile(inbox);
            try (Connection connection = store.newReadConnection()) {
                lines = AuditTrail.between(connection, at("06:00:00"), at("23:59:59"));
            }
        }
    }

    @Test
    void eachActLeavesOneLineWithWhoWhenAndWhat() {
        List<String> shown = new ArrayList<>();
        lines.forEach(l -> shown.add(l.at() + " " + l.by() + "/" + l.login() + " " + l.action().word() + " | "
                + l.subject() + " | " + l.detail().replaceAll(" \\(closest: .*", "")));
        assertThat(shown).containsExactly(
                "2026-11-03T07:01:00Z Dana Reyes/dana acknowledged | heat HS-PRESS from 2026-11-03T07:00:10Z | fan belt replaced",
                "2026-11-03T07:03:00Z Dana Reyes/dana shelved | HS-PRESS | until 2026-11-03T07:18:00Z: sensor being replaced",
                "2026-11-03T07:10:00Z sam/sam unshelved | HS-PRESS | shelved by Dana Reyes at 2026-11-03T07:03:00Z: "
                        + "sensor being replaced",
                "2026-11-03T07:20:00Z sam/sam shift note | shift A of 2026-11-03 | Press sensor replaced",
                "2026-11-03T07:30:00Z Dana Reyes/dana imported | " + files.resolve("energy.csv").toAbsolutePath()
                        + " | energy report: 1 new, 0 duplicate, 0 quarantined",
                "2026-11-03T07:31:00Z Dana Reyes/dana import refused | " + files.resolve("broken.csv").toAbsolutePath()
                        + " | row 1: the header matches no kind of file");
    }

    @Test
    void theAuditCommandExportsTheLinesAsJsonAndAWorkbook(@TempDir Path out) throws Exception {
        Path xlsx = out.resolve("audit.xlsx");
        CliRun run = CliRun.run("audit", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString(),
                "--json", "-", "--xlsx", xlsx.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("report").asText()).isEqualTo("audit");
        assertThat(json.get("lines")).hasSize(6);
        JsonNode first = json.get("lines").get(0);
        assertThat(first.get("at").asText()).isEqualTo("2026-11-03T07:01:00Z");
        assertThat(first.get("by").asText()).isEqualTo("Dana Reyes");
        assertThat(first.get("login").asText()).isEqualTo("dana");
        assertThat(first.get("action").asText()).isEqualTo("acknowledged");
        assertThat(json.get("by_action").toString()).contains("{\"action\":\"acknowledged\",\"count\":1}",
                "{\"action\":\"imported\",\"count\":1}", "{\"action\":\"import refused\",\"count\":1}");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet trail = book.getSheet("Audit trail");
            assertThat(trail.getLastRowNum()).isEqualTo(6);
            Row header = trail.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Name");
            Row shelving = trail.getRow(2);
            assertThat(shelving.getCell(0).getLocalDateTimeCellValue()).hasToString("2026-11-03T07:03");
            assertThat(shelving.getCell(1).getStringCellValue()).isEqualTo("Dana Reyes");
            assertThat(shelving.getCell(3).getStringCellValue()).isEqualTo("shelved");
            assertThat(shelving.getCell(5).getStringCellValue()).endsWith("sensor being replaced");
        }
    }
}
