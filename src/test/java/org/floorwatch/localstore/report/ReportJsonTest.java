package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON field names of contract section 6, numbers as numbers and empty ratios as null. */
class ReportJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private ReportStore store;

    @BeforeEach
    void open() {
        store = new ReportStore(dataDir);
        OrdinaryDay.write(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void production() throws Exception {
        JsonNode json = json(ReportKind.PRODUCTION);

        assertHeader(json, "production");
        assertFields(json.get("totals"), "started", "completed", "scrapped", "wip_end", "avg_lead_time_min");
        assertThat(json.get("totals").get("avg_lead_time_min").isNumber()).isTrue();
        assertThat(json.get("totals").get("avg_lead_time_min").asDouble()).isEqualTo(459.75);
        assertFields(json.get("by_shift").get(0), "date", "shift", "started", "completed", "scrapped");
        assertThat(json.get("by_shift").get(0).get("date").asText()).isEqualTo("2026-11-03");
        assertFields(json.get("by_hour").get(0), "hour", "completed");
        assertThat(json.get("by_hour").get(0).get("hour").asText()).isEqualTo("2026-11-03T06:00");
        JsonNode out = json.get("by_station").get(4);
        assertFields(out, "station", "processed", "errors", "avg_wip", "avg_cycle_s", "oee");
        assertThat(out.get("station").asText()).isEqualTo("OUT");
        assertThat(out.get("avg_cycle_s").isNull()).isTrue();
        assertThat(out.get("oee").isNull()).isTrue();
        assertThat(json.get("bottleneck").asText()).isEqualTo("PRESS");
    }

    @Test
    void quality() throws Exception {
        JsonNode json = json(ReportKind.QUALITY);

        assertHeader(json, "quality");
        assertFields(json.get("totals"), "inspected", "passed", "failed", "first_pass_yield", "reworked",
                "pending_rework", "scrapped");
        assertFields(json.get("failures_by_station").get(0), "station", "department", "failures");
        assertFields(json.get("maintenance"), "work_orders_resolved", "mttr_h");
        assertThat(json.get("totals").get("first_pass_yield").asDouble()).isEqualTo(0.4);
        assertThat(json.get("maintenance").get("mttr_h").isNumber()).isTrue();
        assertFields(json.get("tools").get(1), "kind", "retired", "avg_life_h", "expected_life_h");
        assertThat(json.get("tools").get(1).get("avg_life_h").isNull()).isTrue();
    }

    @Test
    void workforce() throws Exception {
        store.sql("INSERT INTO clock_ins VALUES ('E1', DATE '2026-11-03', 'A', 'Al', 'MAIN', 'Absent', 'Sick', "
                + "NULL, NULL, 'c.csv', 2)");

        JsonNode json = json(ReportKind.WORKFORCE);

        assertHeader(json, "workforce");
        assertFields(json.get("by_department").get(0), "department", "scheduled", "present", "late", "absent",
                "attendance_rate");
        assertFields(json.get("absence_reasons").get(0), "reason", "count");
        assertFields(json.get("by_worker").get(0), "employee", "hours_worked", "task_hours", "utilisation");
        assertThat(json.get("by_worker").get(0).get("utilisation").isNull()).isTrue();
        assertThat(json.get("by_task").isArray()).isTrue();
    }

    @Test
    void energy() throws Exception {
        JsonNode json = json(ReportKind.ENERGY);

        assertHeader(json, "energy");
        assertFields(json.get("totals"), "kwh", "kwh_per_part", "peak_kw");
        assertThat(json.get("totals").get("kwh").isNumber()).isTrue();
        assertFields(json.get("by_machine").get(0), "machine", "kwh", "peak_kw");
        assertFields(json.get("by_department").get(0), "department", "kwh");
    }

    private JsonNode json(ReportKind kind) throws Exception {
        return JSON.readTree(ReportJson.toJson(store.report(kind, OrdinaryDay.DAY, OrdinaryDay.DAY)));
    }

    private static void assertHeader(JsonNode json, String report) {
        assertThat(json.get("report").asText()).isEqualTo(report);
        assertThat(json.get("from").asText()).isEqualTo("2026-11-03");
        assertThat(json.get("to").asText()).isEqualTo("2026-11-03");
        assertThat(json.get("timezone").asText()).isEqualTo("Europe/London");
        assertThat(json.get("site").asText()).isEqualTo("Small Works");
        assertThat(json.has("header")).isFalse();
    }

    private static void assertFields(JsonNode node, String... names) {
        assertThat(node).as("missing node").isNotNull();
        List<String> present = new ArrayList<>();
        node.fieldNames().forEachRemaining(present::add);
        assertThat(present).contains(names);
    }
}
