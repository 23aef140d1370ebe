package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.SitePlanStore;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} run in-process on a small store whose plan was saved with it. */
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @TempDir
    Path work;


    @BeforeAll
    static void storeWithTheSmallPlan() {
        try (FloorStore store = FloorStore.open(dataDir)) {
            SitePlanStore.save(store.writer(), SmallPlan.JSON, "small-works.json").join();
            store.writer().write(IngestBatch.of(List.of(
                    new PartMove("a", Instant.parse("2026-11-03T07:00:00Z"), "P1", "WIDGET", null, "IN", null),
                    new PartMove("b", Instant.parse("2026-11-03T07:30:00Z"), "P1", "WIDGET", "IN", "OUT", null))));
        }
    }

    @Test
    void printsTheReportAsJsonOnStandardOutputByDefault() throws Exception {
        CliRun run = CliRun.run("report", "production", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("report").asText()).isEqualTo("production");
        assertThat(json.get("site").asText()).as("the plan saved in the store").isEqualTo("Small Works");
        assertThat(json.get("timezone").asText()).isEqualTo("Europe/London");
        assertThat(json.get("totals").get("started").asLong()).isEqualTo(1);
        assertThat(json.get("totals").get("completed").asLong()).isEqualTo(1);
        assertThat(json.get("totals").get("avg_lead_time_min").asDouble()).isEqualTo(30.0);
    }

    @Test
    void writesEachReportToAJsonFile() throws Exception {
        for (String report : List.of("production", "quality", "workforce", "energy")) {
            Path file = work.resolve(report + ".json");
            CliRun run = CliRun.run("report", report, "--from", "2026-11-02", "--to", "2026-11-03", "--data", dataDir.toString(),
                    "--json", file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
            JsonNode json = JSON.readTree(file.toFile());
            assertThat(json.get("report").asText()).isEqualTo(report);
            assertThat(json.get("from").asText()).isEqualTo("2026-11-02");
            assertThat(json.get("to").asText()).isEqualTo("2026-11-03");
        }
    }

    @Test
    void jsonDashIsStandardOutput() throws Exception {
        CliRun run = CliRun.run("report", "energy", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString(),
                "--json", "-");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("totals").has("kwh_per_part")).isTrue();
    }

    @Test
    void writesAWorkbookAndNoJsonWhenOnlyXlsxIsAsked() throws Exception {
        Path file = work.resolve("out/production.xlsx");

        CliRun run = CliRun.run("report", "production", "--from", "2026-11-03", "--to", "2026-11-03", "--data",
                dataDir.toString(), "--xlsx", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(4);
        }
    }

    @Test
    void aPeriodHoldingTheWallClockIsReportedSoFarAndAPastOneWhole() throws Exception {
        ProductionCalendar calendar = ProductionCalendar.of(SmallPlan.plan());
        Instant before = Instant.now();
        String today = calendar.productionDay(before).toString();

        JsonNode now = JSON.readTree(CliRun.run("report", "production", "--from", today, "--to", today, "--data",
                dataDir.toString()).out());
        JsonNode past = JSON.readTree(CliRun.run("report", "production", "--from", "2026-11-03", "--to", "2026-11-03",
                "--data", dataDir.toString()).out());

        assertThat(now.get("so_far").asBoolean()).isTrue();
        assertThat(Instant.parse(now.get("as_of").asText())).isBetween(before, Instant.now());
        assertThat(Instant.parse(now.get("period_end").asText())).isEqualTo(calendar.dayEnd(LocalDate.parse(today)));
        assertThat(past.get("so_far").asBoolean()).isFalse();
        assertThat(past.get("as_of").asText()).isEqualTo(past.get("period_end").asText()).isEqualTo("2026-11-04T06:00:00Z");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsWrongUsage() {
        CliRun run = CliRun.run("report", "quality", "--from", "2026-11-03", "--to", "2026-11-02", "--data", dataDir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--to 2026-11-02 is before --from 2026-11-03").doesNotContain("Exception");
    }

    @Test
    void anUnknownReportOrBadDateIsWrongUsage() {
        assertThat(CliRun.run("report", "sales", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString())
                .status()).isEqualTo(2);
        assertThat(CliRun.run("report", "energy", "--from", "3/11/2026", "--to", "2026-11-03", "--data", dataDir.toString())
                .status()).isEqualTo(2);
    }

    @Test
    void aFolderWithoutAStoreIsRefusedAndLeftAsItWas() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));

        CliRun run = CliRun.run("report", "production", "--from", "2026-11-03", "--to", "2026-11-03", "--data", empty.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("floorwatch: no local store in").doesNotContain("\n");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBrokenPlanFileIsOneLine() throws Exception {
        Path plan = Files.writeString(work.resolve("plan.json"), "{");

        CliRun run = CliRun.run("report", "production", "--from", "2026-11-03", "--to", "2026-11-03", "--data", dataDir.toString(),
                "--plan", plan.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("plan.json").doesNotContain("Exception");
    }

}
