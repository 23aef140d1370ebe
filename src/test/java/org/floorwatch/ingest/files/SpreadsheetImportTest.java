package org.floorwatch.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorwatch.ingest.files.SourceFiles.rows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

/** Every spreadsheet kind and every variant contract section 4 allows, from real files. */
class SpreadsheetImportTest extends ImportOnStore {

    private static final String CLOCK_IN_HEADER =
            "Employee ID,Name,Department,Shift,Date,Clock In,Clock Out,Status,Absence Reason\n";
    private static final String UTC = "strftime(%s, '%%Y-%%m-%%dT%%H:%%M:%%SZ')";

    @Test
    void clockInCsvPlacesEveryShiftOnItsDatesIncludingTheNightShift() {
        Path sheet = SourceFiles.text(dir, "clockin-2026-11-02.csv", CLOCK_IN_HEADER
                + "E1,Ann,MAIN,A,2026-11-02,05:58,14:02,Present,\n"
                + "E2,Bob,MAIN,C,2026-11-02,21:55,06:05,Late,\n"
                + "E3,Cy,QA,c,2026-11-02,,,absent,Sick\n"
                + "E4,Di,QA,B,2026-11-02,14:00,,Present,\n"
                + "E5,Ed,QA,B,2026-11-02,,,Absent,\n");

        FileImportResult result = importer.importFile(sheet);

        assertThat(result.refused()).isFalse();
        assertThat(result.kind()).isEqualTo(FileKind.CLOCK_IN);
        assertThat(result.taken()).isEqualTo(5);
        assertThat(rows(store, "SELECT employee_id, shift, status, absence_reason, " + utc("clock_in") + ", "
                + utc("clock_out") + ", source_row FROM clock_ins ORDER BY employee_id")).containsExactly(
                listOf("E1", "A", "Present", null, "2026-11-02T05:58:00Z", "2026-11-02T14:02:00Z", "2"),
                listOf("E2", "C", "Late", null, "2026-11-02T21:55:00Z", "2026-11-03T06:05:00Z", "3"),
                listOf("E3", "C", "Absent", "Sick", null, null, "4"),
                listOf("E4", "B", "Present", null, "2026-11-02T14:00:00Z", "2026-11-02T22:00:00Z", "5"),
                listOf("E5", "B", "Absent", null, null, null, "6"));
    }

    @Test
    void aNightShiftClockInBeforeMidnightOfTheNightTheClocksGoBackLandsInSummerTime() {
        Path sheet = SourceFiles.text(dir, "clockin.csv", CLOCK_IN_HEADER
                + "E1,Ann,MAIN,C,2026-10-24,22:00,06:00,Present,\n"
                + "E2,Bob,MAIN,C,2026-10-24,00:30,06:00,Late,\n");

        importer.importFile(sheet);

        assertThat(rows(store, "SELECT " + utc("clock_in") + ", " + utc("clock_out") + " FROM clock_ins ORDER BY employee_id"))
                .containsExactly(List.of("2026-10-24T21:00:00Z", "2026-10-25T06:00:00Z"),
                        List.of("2026-10-24T23:30:00Z", "2026-10-25T06:00:00Z"));
    }

    @Test
    void aTaskEndingInTheHourThatRepeatsWhenClocksGoBackEndsAfterItsStart() {
        Path log = SourceFiles.text(dir, "tasks.csv", "employee_id,task,station,start,end\n"
                + "E1,run,PRESS,2026-10-25 01:27,2026-10-25 01:19\n");

        importer.importFile(log);

        assertThat(rows(store, "SELECT " + utc("start_ts") + ", " + utc("end_ts") + " FROM task_log"))
                .containsExactly(List.of("2026-10-25T00:27:00Z", "2026-10-25T01:19:00Z"));
    }

    @Test
    void clockInXlsxTakesRealExcelDateAndTimeCellsAndTextCells() {
        Path sheet = SourceFiles.xlsx(dir, "clockin-A.xlsx",
                new Object[]{"Employee ID", "Name", "Department", "Shift", "Date", "Clock In", "Clock Out", "Status",
                    "Absence Reason"},
                new Object[]{1042, "Ann", "MAIN", "A", LocalDate.of(2026, 11, 2), LocalTime.of(6, 1), LocalTime.of(14, 0),
                    "Present", null},
                new Object[]{"E2", "Bob", "MAIN", "C", "2026-11-02", "22:10", LocalTime.of(5, 50), "Late", ""},
                new Object[]{},
                new Object[]{"E3", "Cy", "QA", "A", LocalDateTime.of(2026, 11, 2, 0, 0), null, null, "Absent", "Leave"});

        FileImportResult result = importer.importFile(sheet);

        assertThat(result.refused()).as("%s", result.refusal()).isFalse();
        assertThat(rows(store, "SELECT employee_id, CAST(day AS VARCHAR), " + utc("clock_in") + ", " + utc("clock_out")
                + ", absence_reason, source_row FROM clock_ins ORDER BY employee_id")).containsExactly(
                listOf("1042", "2026-11-02", "2026-11-02T06:01:00Z", "2026-11-02T14:00:00Z", null, "2"),
                listOf("E2", "2026-11-02", "2026-11-02T22:10:00Z", "2026-11-03T05:50:00Z", null, "3"),
                listOf("E3", "2026-11-02", null, null, "Leave", "5"));
    }

    @Test
    void taskLogWithSemicolonsBomCrlfQuotesShuffledOddlyCasedHeadersAndExtraColumns() {
        String text = "\uFEFF  STATION ;Notes; End;Employee_ID;TASK;start\r\n"
                + "PRESS;\"long; with \"\"quotes\"\"\r\nand a line\";2026-11-02T08:30;E1;\"Press; setup\";2026-11-02 08:00\r\n"
                + "\r\n"
                + "CHECK;;2026-11-02 09:15:30;E1;Check;2026-11-02T08:30:00\r\n";
        Path log = SourceFiles.bytes(dir, "tasks.csv", text.getBytes(StandardCharsets.UTF_8));

        FileImportResult result = importer.importFile(log);

        assertThat(result.refused()).as("%s", result.refusal()).isFalse();
        assertThat(result.kind()).isEqualTo(FileKind.TASK_LOG);
        assertThat(rows(store, "SELECT employee_id, task, station, " + utc("start_ts") + ", " + utc("end_ts")
                + ", source_row FROM task_log ORDER BY start_ts")).containsExactly(
                List.of("E1", "Press; setup", "PRESS", "2026-11-02T08:00:00Z", "2026-11-02T08:30:00Z", "2"),
                List.of("E1", "Check", "CHECK", "2026-11-02T08:30:00Z", "2026-11-02T09:15:30Z", "4"));
    }

    @Test
    void energyReportFromCsvWithDecimalCommasAndFromXlsxNumberCells() {
        Path csv = SourceFiles.text(dir, "energy-1.csv", "date;machine;kwh;peak_kw\n2026-11-02;M-PRESS;120,5;30\n"
                + "2026-11-02;M-CHECK;0;\n");
        Path xlsx = SourceFiles.xlsx(dir, "energy-2.xlsx", new Object[]{"Date", "Machine", "KWH", "Peak_kW"},
                new Object[]{LocalDate.of(2026, 11, 3), "M-PRESS", 99.25, 28});

        assertThat(importer.importFile(csv).taken()).isEqualTo(2);
        assertThat(importer.importFile(xlsx).taken()).isEqualTo(1);
        assertThat(rows(store, "SELECT CAST(day AS VARCHAR), machine, kwh, peak_kw FROM energy_reports ORDER BY day, machine"))
                .containsExactly(listOf("2026-11-02", "M-CHECK", "0.0", null), List.of("2026-11-02", "M-PRESS", "120.5", "30.0"),
                        List.of("2026-11-03", "M-PRESS", "99.25", "28.0"));
    }

    @Test
    void toolMasterListAndMaintenanceLogWithAnOpenOrder() {
        Path tools = SourceFiles.text(dir, "tools.csv", "tool_id,name,kind,vendor,expected_life_hours,station\n"
                + "T1,Die 40,die,Acme,500,PRESS\nT2,Probe,probe,Acme,,CHECK\n");
        Path log = SourceFiles.text(dir, "maintenance.csv",
                "work_order,machine,fault,severity,reported,started,resolved,technician\n"
                + "WO-1,M-PRESS,jam,high,2026-11-02 07:00,2026-11-02 07:10,2026-11-02 08:00,Tom\n"
                + "WO-2,M-CHECK,drift,low,2026-11-02 09:00,,,\n");

        assertThat(importer.importFile(tools).kind()).isEqualTo(FileKind.TOOL_MASTER_LIST);
        assertThat(importer.importFile(log).kind()).isEqualTo(FileKind.MAINTENANCE_LOG);
        assertThat(rows(store, "SELECT tool_id, kind, expected_life_hours FROM tools ORDER BY tool_id"))
                .containsExactly(List.of("T1", "die", "500.0"), listOf("T2", "probe", null));
        assertThat(rows(store, "SELECT work_order, " + utc("reported") + ", " + utc("resolved") + " FROM work_orders ORDER BY 1"))
                .containsExactly(List.of("WO-1", "2026-11-02T07:00:00Z", "2026-11-02T08:00:00Z"),
                        listOf("WO-2", "2026-11-02T09:00:00Z", null));
    }

    @Test
    void inventorySnapshotReplacesTheWholeInventory() {
        Path first = SourceFiles.text(dir, "inventory-1.json", """
                [{"tool_id": "T1", "status": "in_storage", "station": null, "holder": null, "hours_used": 10, "updated": "2026-11-02T08:00:00Z"},
                 {"tool_id": "T2", "status": "checked_out", "station": "PRESS", "holder": "E1", "hours_used": 3.5, "updated": "2026-11-02T08:00:00Z"}]""");
        Path second = SourceFiles.text(dir, "inventory-2.json", """
                [{"tool_id": "T2", "status": "retired", "station": null, "holder": null, "hours_used": 480, "updated": "2026-11-03T08:00:00Z"}]""");

        assertThat(importer.importFile(first).taken()).isEqualTo(2);
        assertThat(importer.importFile(second).kind()).isEqualTo(FileKind.TOOL_INVENTORY);
        assertThat(rows(store, "SELECT tool_id, status, hours_used FROM tool_inventory"))
                .containsExactly(List.of("T2", "retired", "480.0"));
    }

    @Test
    void aFloorPlanFileBecomesThePlanInForceForTheFilesAfterIt() {
        Path plan = SourceFiles.text(dir, "site.json", SmallPlan.JSON.replace("\"M-CHECK\"", "\"M-TEST\""));
        Path energy = SourceFiles.text(dir, "energy.csv", "date,machine,kwh,peak_kw\n2026-11-02,M-TEST,1,1\n");

        FileImportResult read = importer.importFile(plan);

        assertThat(read.kind()).isEqualTo(FileKind.FLOOR_PLAN);
        assertThat(importer.plan().machine("M-TEST")).isPresent();
        assertThat(importer.importFile(energy).refused()).isFalse();
        assertThat(rows(store, "SELECT source FROM site_plan")).containsExactly(List.of(plan.toAbsolutePath().toString()));
    }

    private static String utc(String column) {
        return String.format(UTC, column);
    }

    private static List<String> listOf(String... values) {
        return java.util.Arrays.asList(values);
    }
}
