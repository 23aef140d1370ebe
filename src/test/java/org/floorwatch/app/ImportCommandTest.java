package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} in-process: the summary line, the refusal lines and the exit status. */
class ImportCommandTest {

    private static final String CLOCK_IN = "Employee ID,Name,Department,Shift,Date,Clock In,Clock Out,Status,Absence Reason\n"
            + "E1,Ann,MAIN,A,2026-11-02,06:00,14:00,Present,\n";
    private static final String ARCHIVE = """
            {"id":"m1","ts":"2026-11-02T06:00:00Z","part":"P1","type":"X","from":null,"to":"IN"}
            {"id":"m2","ts":"2026-11-02T06:01:00Z","part":"P1","type":"X","from":"IN","to":"NOWHERE"}
            """;

    @TempDir
    Path dir;

    @Test
    void importsAFolderNamesTheRefusedFileAndExitsOneThenCountsDuplicatesOnASecondRun() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files/day1"));
        Files.writeString(files.resolve("clockin-A.csv"), CLOCK_IN);
        Files.writeString(files.resolve("floor.jsonl"), ARCHIVE);
        Path bad = Files.writeString(files.resolve("clockin-B.csv"), CLOCK_IN + "E2,Bob,MAIN,B,2026-11-02,14:00,22:00,Present,Sick\n");
        String data = dir.resolve("data").toString();
        String plan = Files.writeString(dir.resolve("small.json"), SmallPlan.JSON).toString();

        CliRun first = CliRun.run("import", dir.resolve("files").toString(), "--data", data, "--plan", plan);
        CliRun second = CliRun.run("import", dir.resolve("files").toString(), "--data", data);

        assertThat(first.status()).isEqualTo(1);
        assertThat(first.out()).isEqualTo("imported: 2 new, 0 duplicate, 1 quarantined, 1 refused\n");
        assertThat(first.err()).isEqualTo("floorwatch: refused " + bad + " row 3: Absence Reason is set but Status is Present\n");
        assertThat(second.out()).as("the quarantined line is a duplicate the second time")
                .isEqualTo("imported: 0 new, 3 duplicate, 0 quarantined, 1 refused\n");
    }

    @Test
    void exitsZeroWhenNothingIsRefusedAndChecksFilesAgainstTheGivenPlan() throws IOException {
        Path plan = Files.writeString(dir.resolve("site.json"), SmallPlan.JSON.replace("\"M-CHECK\"", "\"M-TEST\""));
        Path energy = Files.writeString(dir.resolve("energy.csv"), "date,machine,kwh,peak_kw\n2026-11-02,M-TEST,1,1\n");
        String data = dir.resolve("data").toString();

        CliRun withPlan = CliRun.run("import", energy.toString(), "--data", data, "--plan", plan.toString());
        CliRun planInForce = CliRun.run("import", energy.toString(), "--data", data);

        assertThat(withPlan.status()).isZero();
        assertThat(withPlan.out()).isEqualTo("imported: 1 new, 0 duplicate, 0 quarantined, 0 refused\n");
        assertThat(withPlan.err()).isEmpty();
        assertThat(planInForce.out()).isEqualTo("imported: 0 new, 1 duplicate, 0 quarantined, 0 refused\n");
    }

    @Test
    void aPlanInTheFolderIsReadBeforeTheFilesThatNeedIt() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("a-energy.csv"), "date,machine,kwh,peak_kw\n2026-11-02,M-TEST,1,1\n");
        Files.writeString(files.resolve("z-site.json"), SmallPlan.JSON.replace("\"M-CHECK\"", "\"M-TEST\""));

        CliRun run = CliRun.run("import", files.toString(), "--data", dir.resolve("data").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("imported: 2 new, 0 duplicate, 0 quarantined, 0 refused\n");
    }

    @Test
    void aMissingPathIsRefusedAndWrongUsageExitsTwo() {
        Path missing = dir.resolve("nope.csv");

        CliRun run = CliRun.run("import", missing.toString(), "--data", dir.resolve("data").toString());
        CliRun noPath = CliRun.run("import", "--data", dir.resolve("data").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("floorwatch: refused " + missing + ": no such file\n");
        assertThat(noPath.status()).isEqualTo(2);
    }
}
