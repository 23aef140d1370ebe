package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.charted;
import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.date;
import static org.floorwatch.localstore.report.Tables.decimal;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.floorwatch.localstore.report.EnergyReport.Totals;
import org.floorwatch.localstore.report.ReportDocument.ChartKind;
import org.floorwatch.localstore.report.ReportDocument.Table;

/** The energy report as tables: totals, kWh by machine (charted), by department, by machine and day. */
final class EnergyTables {

    private EnergyTables() {
    }

    static ReportDocument document(EnergyReport report, Instant generatedAt) {
        Totals totals = report.totals();
        Table summary = table("Totals",
                List.of(decimal("Energy", "kWh"), count("Completed", "parts"), decimal("Energy per part", "kWh"),
                        decimal("Peak power", "kW")),
                List.of(row(totals.kwh(), totals.completed(), totals.kwhPerPart(), totals.peakKw())));
        Table byMachine = charted("By machine",
                List.of(text("Machine"), text("Station"), text("Department"), decimal("Energy", "kWh"),
                        decimal("Peak power", "kW")),
                report.byMachine().stream().map(m -> row(m.machine(), m.station(), m.department(), m.kwh(),
                        m.peakKw())).toList(),
                ChartKind.BAR, "kWh by machine", 0, 3);
        Table byDepartment = charted("By department", List.of(text("Department"), decimal("Energy", "kWh")),
                report.byDepartment().stream().map(d -> row(d.department(), d.kwh())).toList(),
                ChartKind.BAR, "kWh by department", 0, 1);
        Table byDay = table("By machine and day",
                List.of(date("Production day"), text("Machine"), decimal("Energy", "kWh"), text("Source")),
                report.byMachineDay().stream().map(d -> row(d.date(), d.machine(), d.kwh(),
                        d.source().name().toLowerCase(Locale.ROOT))).toList());
        return Tables.document("Energy report", report.header(), generatedAt, summary, byMachine, byDepartment, byDay);
    }
}
