package org.floorwatch.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.ingest.files.SourceFiles.rows;

import java.nio.file.Path;
import java.util.List;
import org.floorwatch.localstore.files.SourceActivity;
import org.floorwatch.localstore.files.SourceFile;
import org.junit.jupiter.api.Test;

/** Corrections (the row read last wins), idempotent re-import, and files that grow or are rewritten. */
class CorrectionsAndGrowthTest extends ImportOnStore {

    private static final String CLOCK_IN = "Employee ID,Name,Department,Shift,Date,Clock In,Clock Out,Status,Absence Reason\n"
            + "E1,Ann,MAIN,A,2026-11-02,06:00,14:00,Present,\n"
            + "E2,Bob,MAIN,A,2026-11-02,06:20,14:00,Late,\n";
    private static final String TASKS = "employee_id,task,station,start,end\n"
            + "E1,setup,PRESS,2026-11-02 06:00,2026-11-02 07:00\n"
            + "E1,run,PRESS,2026-11-02 07:00,2026-11-02 09:00\n";

    @Test
    void aCorrectedFileReplacesTheRowsItCorrectsAndCountsTheRestAsDuplicates() {
        importer.importFile(SourceFiles.text(dir, "clockin-A.csv", CLOCK_IN));
        Path corrected = SourceFiles.text(dir, "clockin-A-corrected.csv", CLOCK_IN.replace("E2,Bob,MAIN,A,2026-11-02,06:20,14:00,Late,",
                "E2,Bob,MAIN,A,2026-11-02,,,Absent,Sick"));

        FileImportResult result = importer.importFile(corrected);

        assertThat(result.taken()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(rows(store, "SELECT employee_id, status, absence_reason, source_row FROM clock_ins ORDER BY 1"))
                .containsExactly(java.util.Arrays.asList("E1", "Present", null, "2"), List.of("E2", "Absent", "Sick", "3"));
    }

    @Test
    void importingTheOriginalAgainAfterItsCorrectionChangesNothing() {
        Path original = SourceFiles.text(dir, "clockin-A.csv", CLOCK_IN);
        importer.importFile(original);
        importer.importFile(SourceFiles.text(dir, "clockin-A-v2.csv", CLOCK_IN.replace("06:20,14:00,Late,", ",,Absent,Sick")));

        FileImportResult again = importer.importFile(original);

        assertThat(List.of(again.taken(), again.duplicates())).containsExactly(0L, 2L);
        assertThat(rows(store, "SELECT status FROM clock_ins WHERE employee_id = 'E2'")).containsExactly(List.of("Absent"));
    }

    @Test
    void aLaterRowWithTheSameKeyInTheSameFileWins() {
        FileImportResult result = importer.importFile(SourceFiles.text(dir, "energy.csv",
                "date,machine,kwh,peak_kw\n2026-11-02,M-PRESS,10,3\n2026-11-02,M-PRESS,12,4\n"));

        assertThat(result.taken()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(rows(store, "SELECT kwh, source_row FROM energy_reports")).containsExactly(List.of("12.0", "3"));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndCountsEveryRowAsDuplicate() {
        Path sheet = SourceFiles.text(dir, "clockin-A.csv", CLOCK_IN);
        importer.importFile(sheet);
        List<List<String>> before = rows(store, "SELECT * FROM clock_ins ORDER BY employee_id");

        FileImportResult again = importer.importFile(sheet);

        assertThat(again.taken()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(rows(store, "SELECT * FROM clock_ins ORDER BY employee_id")).isEqualTo(before);
        assertThat(sources()).singleElement().satisfies(s -> {
            assertThat(s.rowsTaken()).isEqualTo(2);
            assertThat(s.duplicates()).isEqualTo(2);
            assertThat(s.kind()).isEqualTo("clock-in");
        });
    }

    @Test
    void aTaskLogThatGrewIsReadFromWhereItWasLeft() {
        Path log = SourceFiles.text(dir, "tasks.csv", TASKS);
        importer.importFile(log);
        SourceFiles.append(log, "E1,\"check,\nand note\",CHECK,2026-11-02 09:00,2026-11-02 09:30\n"
                + "E2,setup,PRESS,2026-11-02 06:00,2026-11-02 06:45\n");

        FileImportResult grown = importer.importFile(log);

        assertThat(grown.appended()).isTrue();
        assertThat(grown.taken()).isEqualTo(2);
        assertThat(grown.duplicates()).as("the rows read before").isEqualTo(2);
        assertThat(rows(store, "SELECT employee_id, task, source_row FROM task_log ORDER BY source_row")).containsExactly(
                List.of("E1", "setup", "2"), List.of("E1", "run", "3"), List.of("E1", "check,\nand note", "4"),
                List.of("E2", "setup", "5"));
        assertThat(sources()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("appended");
            assertThat(s.rowsTaken()).isEqualTo(4);
            assertThat(s.readBytes()).isEqualTo(s.size());
        });
    }

    @Test
    void aTaskLogThatWasRewrittenIsReadAgainWhole() {
        Path log = SourceFiles.text(dir, "tasks.csv", TASKS);
        importer.importFile(log);
        SourceFiles.text(dir, "tasks.csv", TASKS.replace("setup", "changeover")
                + "E2,setup,PRESS,2026-11-02 06:00,2026-11-02 06:45\n");

        FileImportResult rewritten = importer.importFile(log);

        assertThat(rewritten.appended()).isFalse();
        assertThat(rewritten.taken()).isEqualTo(2);
        assertThat(rewritten.duplicates()).isEqualTo(1);
        assertThat(rows(store, "SELECT task FROM task_log ORDER BY source_row"))
                .containsExactly(List.of("changeover"), List.of("run"), List.of("setup"));
    }

    @Test
    void aBrokenRowAppendedIsRefusedAndTheRowsReadBeforeStay() {
        Path log = SourceFiles.text(dir, "tasks.csv", TASKS);
        importer.importFile(log);
        SourceFiles.append(log, "E2,setup,PRESS,2026-11-02 06:00,2026-11-02 06:45\nE3,x,PRESS,soon,later\n");

        FileImportResult grown = importer.importFile(log);

        assertThat(grown.refused()).isTrue();
        assertThat(grown.refusal().row()).isEqualTo(5);
        assertThat(SourceFiles.count(store, "task_log")).isEqualTo(2);
    }

    private List<SourceFile> sources() {
        try (var connection = store.newReadConnection()) {
            return new SourceActivity(connection).sources();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
