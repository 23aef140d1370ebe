package org.floorwatch.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.localstore.files.SourceActivity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file is refused: named with its row and reason, and nothing of it stored. */
class RefusalTest {

    private static final String CLOCK_IN = "Employee ID,Name,Department,Shift,Date,Clock In,Clock Out,Status,Absence Reason\n"
            + "E1,Ann,MAIN,A,2026-11-02,06:00,14:00,Present,\n";
    private static final String ENERGY = "date,machine,kwh,peak_kw\n2026-11-02,M-PRESS,10,3\n";
    private static final String GOOD_LINE = "{\"id\":\"m1\",\"ts\":\"2026-11-02T06:00:00Z\",\"part\":\"P1\",\"type\":\"X\","
            + "\"from\":null,\"to\":\"IN\"}\n";

    @TempDir
    Path dir;

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                refused("unknown.csv", csv("unknown.csv", "foo,bar\n1,2\n"), 1, "the header matches no kind of file"),
                refused("missing-column.csv", csv("missing-column.csv", "Employee ID,Name,Department,Shift,Date,Clock In,Clock Out,Status\n"),
                        1, "closest: clock-in sheet, missing 'Absence Reason'"),
                refused("bad-date.csv", csv("bad-date.csv", CLOCK_IN + "E2,Bob,MAIN,A,02/11/2026,06:00,14:00,Present,\n"), 3,
                        "Date '02/11/2026' is not a date (yyyy-MM-dd)"),
                refused("bad-time.csv", csv("bad-time.csv", CLOCK_IN + "E2,Bob,MAIN,A,2026-11-02,25:00,14:00,Present,\n"), 3,
                        "Clock In '25:00' is not a time"),
                refused("clockin-2026-11-02-A.csv", csv("clockin-2026-11-02-A.csv", CLOCK_IN + "E2,Bob,MAIN,A,2026-11-02,06:00,14:00,Present,Sick\n"),
                        3, "Absence Reason is set but Status is Present"),
                refused("unknown-shift.csv", csv("unknown-shift.csv", CLOCK_IN + "E2,Bob,MAIN,D,2026-11-02,06:00,14:00,Present,\n"), 3,
                        "Shift 'D' is not a shift of the floor plan (A, B, C)"),
                refused("bad-status.csv", csv("bad-status.csv", CLOCK_IN + "E2,Bob,MAIN,A,2026-11-02,06:00,14:00,Here,\n"), 3,
                        "Status 'Here' is not Present, Late or Absent"),
                refused("no-clock-in.csv", csv("no-clock-in.csv", CLOCK_IN + "E2,Bob,MAIN,A,2026-11-02,,14:00,Late,\n"), 3,
                        "Clock In is empty but Status is Late"),
                refused("no-employee.csv", csv("no-employee.csv", CLOCK_IN + ",Bob,MAIN,A,2026-11-02,06:00,14:00,Present,\n"), 3,
                        "Employee ID is empty"),
                refused("unknown-machine.csv", csv("unknown-machine.csv", ENERGY + "2026-11-02,M-NOPE,1,1\n"), 3,
                        "machine 'M-NOPE' is not in the floor plan"),
                refused("negative.csv", csv("negative.csv", ENERGY + "2026-11-02,M-CHECK,-1,1\n"), 3, "kwh is negative (-1)"),
                refused("not-a-number.csv", csv("not-a-number.csv", ENERGY + "2026-11-02,M-CHECK,lots,1\n"), 3, "kwh 'lots' is not a number"),
                refused("resolved-early.csv", csv("resolved-early.csv", "work_order,machine,fault,severity,reported,started,resolved,technician\n"
                        + "WO-1,M-PRESS,jam,high,2026-11-02 07:00,,2026-11-02 06:59,Tom\n"), 2,
                        "resolved is before reported"),
                refused("bad-datetime.csv", csv("bad-datetime.csv", "employee_id,task,station,start,end\nE1,t,PRESS,2026-11-02 8am,2026-11-02 09:00\n"),
                        2, "start '2026-11-02 8am' is not a date and time"),
                refused("backwards.csv", csv("backwards.csv", "employee_id,task,station,start,end\nE1,t,PRESS,2026-11-02 09:00,2026-11-02 08:00\n"),
                        2, "end is before start"),
                refused("tools.csv", csv("tools.csv", "tool_id,name,kind,vendor,expected_life_hours,station\nT1,a,b,c,-5,PRESS\n"), 2,
                        "expected_life_hours is negative (-5)"),
                refused("open-quote.csv", csv("open-quote.csv", ENERGY + "2026-11-02,\"M-CHECK,1,1\n"), 3, "a quoted field is never closed"),
                refused("bad-date.xlsx", dir -> SourceFiles.xlsx(dir, "bad-date.xlsx",
                        new Object[]{"date", "machine", "kwh", "peak_kw"},
                        new Object[]{LocalDate.of(2026, 11, 2), "M-PRESS", 5, 1},
                        new Object[]{"2.11.2026", "M-PRESS", 5, 1}), 3, "date '2.11.2026' is not a date"),
                refused("broken.jsonl.gz", dir -> {
                    Path whole = SourceFiles.gzip(dir, "whole.gz", GOOD_LINE.repeat(200));
                    byte[] bytes = readAll(whole);
                    return SourceFiles.bytes(dir, "broken.jsonl.gz", Arrays.copyOf(bytes, bytes.length / 2));
                }, null, "not a readable gzip archive"),
                refused("plan.json", dir -> SourceFiles.text(dir, "plan.json",
                        SmallPlan.JSON.replace("\"to\": \"OUT\"", "\"to\": \"NOWHERE\"")), null, "not a valid floor plan"),
                refused("inventory.json", dir -> SourceFiles.text(dir, "inventory.json",
                        "[{\"tool_id\":\"T1\",\"status\":\"in_storage\"},{\"tool_id\":\"T2\",\"status\":\"lost\"}]"), 2,
                        "status 'lost' is not one of in_storage, checked_out, retired"),
                refused("notes.txt", dir -> SourceFiles.text(dir, "notes.txt", "hello"), null,
                        "not a kind of file Floorwatch reads"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void isRefusedWholeWithItsRowAndReason(String name, Function<Path, Path> write, Integer row, String reason) {
        Path file = write.apply(dir);
        try (FloorStore store = FloorStore.open(dir.resolve("data"))) {
            FileImportResult result = new FileImporter(SmallPlan.plan(), store.writer()).importFile(file);

            assertThat(result.refused()).isTrue();
            assertThat(result.refusal().file()).isEqualTo(file);
            assertThat(result.refusal().row()).isEqualTo(row);
            assertThat(result.refusal().reason()).contains(reason);
            assertThat(result.refusal().getMessage())
                    .startsWith("refused " + file + (row == null ? ": " : " row " + row + ": "));
            assertThat(SourceFiles.fileRows(store) + store.reader().counts().moves()
                    + store.reader().counts().quarantined() + SourceFiles.count(store, "site_plan")).isZero();
            try (var connection = store.newReadConnection()) {
                List<RefusedFile> refusals = new SourceActivity(connection).refusals(10);
                assertThat(refusals).singleElement().satisfies(r -> {
                    assertThat(r.source()).isEqualTo(file.toAbsolutePath().toString());
                    assertThat(r.row()).isEqualTo(row);
                    assertThat(r.reason()).contains(reason);
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Arguments refused(String name, Function<Path, Path> write, Integer row, String reason) {
        return arguments(name, write, row, reason);
    }

    private static Function<Path, Path> csv(String name, String content) {
        return dir -> SourceFiles.text(dir, name, content);
    }

    private static byte[] readAll(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
