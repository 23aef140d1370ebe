package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.floorwatch.localstore.report.ReportDocument.ColumnType;
import org.floorwatch.localstore.report.ReportDocument.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report as a document: its tables, a chart for the main series, and cells of their column's type. */
class ReportDocumentTest {

    private static final Instant MADE = Instant.parse("2026-11-05T09:00:00Z");
    private static final Map<ColumnType, Class<?>> CELL_TYPES = Map.of(ColumnType.TEXT, String.class,
            ColumnType.INTEGER, Long.class, ColumnType.DECIMAL, Double.class, ColumnType.PERCENT, Double.class,
            ColumnType.DATE, LocalDate.class, ColumnType.DATE_TIME, LocalDateTime.class);

    @TempDir
    Path dataDir;

    private ReportStore store;

    @BeforeEach
    void open() {
        store = new ReportStore(dataDir);
        OrdinaryDay.write(store);
        store.sql("""
                INSERT INTO clock_ins VALUES ('E1', DATE '2026-11-03', 'A', 'Al', 'MAIN', 'Present', NULL,
                 TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 14:00', 'c.csv', 2),
                 ('E2', DATE '2026-11-03', 'A', 'Bo', 'QA', 'Absent', 'Sick', NULL, NULL, 'c.csv', 3)""",
                """
                INSERT INTO task_log VALUES ('E1', TIMESTAMP '2026-11-03 06:00', TIMESTAMP '2026-11-03 10:00',
                 'Press', 'PRESS', 't.csv', 2)""",
                "INSERT INTO energy_reports VALUES (DATE '2026-11-03', 'M-PRESS', 100, 30, 'e.csv', 2)",
                """
                INSERT INTO purchase_orders VALUES ('PO-1', 'in', 'steel', 40, 'confirmed', TIMESTAMP '2026-11-03 08:00',
                 TIMESTAMP '2026-11-03 09:00', NULL, 'Acme', 'erp', 0)""");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void productionChartsCompletionsPerHour() {
        ReportDocument doc = document(ReportKind.PRODUCTION);

        assertThat(doc.title()).isEqualTo("Production report");
        assertThat(doc.site()).isEqualTo("Small Works");
        assertThat(doc.timezone()).isEqualTo("Europe/London");
        assertThat(doc.from()).isEqualTo(LocalDate.parse("2026-11-03"));
        assertThat(doc.generatedAt()).isEqualTo(MADE);
        assertThat(doc.tables()).extracting(Table::name)
                .containsExactly("Totals", "By shift", "Completions per hour", "By station", "Purchase orders",
                        "Open purchase orders");
        assertThat(table(doc, "Open purchase orders").rows()).singleElement().satisfies(row -> assertThat(row)
                .containsExactly("PO-1", "steel", 40.0, "confirmed", LocalDateTime.parse("2026-11-03T08:00"),
                        LocalDateTime.parse("2026-11-03T09:00"), "Acme"));
        Table perHour = table(doc, "Completions per hour");
        assertThat(perHour.chart().title()).isEqualTo("Completions per hour");
        assertThat(perHour.rows()).hasSize(24);
        assertThat(perHour.rows().get(0)).containsExactly(LocalDateTime.parse("2026-11-03T06:00"), 2L);
        assertThat(table(doc, "By station").columns().get(6).unit()).isEqualTo("s");
    }

    @Test
    void everyReportHasAChartAndCellsOfTheirColumnsType() {
        Map<ReportKind, String> charted = Map.of(ReportKind.PRODUCTION, "Completions per hour",
                ReportKind.QUALITY, "Failures by station", ReportKind.WORKFORCE, "Hours by task",
                ReportKind.ENERGY, "By machine");
        for (ReportKind kind : ReportKind.values()) {
            ReportDocument doc = document(kind);

            assertThat(table(doc, charted.get(kind)).chart()).as(kind + " main chart").isNotNull();
            for (Table table : doc.tables()) {
                assertThat(table.rows()).as(kind + " " + table.name()).isNotEmpty();
                for (List<Object> row : table.rows()) {
                    assertThat(row).hasSameSizeAs(table.columns());
                    for (int i = 0; i < row.size(); i++) {
                        if (row.get(i) != null) {
                            assertThat(row.get(i)).as(kind + " " + table.name() + " " + table.columns().get(i).header())
                                    .isInstanceOf(CELL_TYPES.get(table.columns().get(i).type()));
                        }
                    }
                }
            }
        }
    }

    private ReportDocument document(ReportKind kind) {
        Report report = store.report(kind, OrdinaryDay.DAY, OrdinaryDay.DAY);
        return report.document(MADE);
    }

    private static Table table(ReportDocument doc, String name) {
        return doc.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
