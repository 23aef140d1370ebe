package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;

/**
 * A daily energy report (contract section 4): per machine, the kWh its own meter booked for the
 * production day and the peak kW. The kWh is the sum of the day's live samples off by a small metering
 * difference (within half a percent); the peak is the highest sampled kW.
 */
final class EnergyReportFiles {

    /** One machine's production day. */
    record Row(LocalDate day, String machine, double kwh, double peakKw) {

        List<String> csv() {
            return new ArrayList<>(List.of(day.toString(), machine, plain(kwh), plain(peakKw)));
        }
    }

    static final List<String> HEADER = List.of("date", "machine", "kwh", "peak_kw");

    private EnergyReportFiles() {
    }

    /** The report's rows, machines in plan order (a machine with no sample that day has no row). */
    static List<Row> of(FloorPlan plan, LocalDate day, MeteredEnergy metered, SplittableRandom random) {
        List<Row> rows = new ArrayList<>();
        for (FloorPlan.Machine machine : plan.machines()) {
            MeteredEnergy.Metered reading = metered.of(day, machine.id());
            if (reading != null) {
                double meteringDifference = 1 + (random.nextDouble() - 0.5) * 0.01;
                rows.add(new Row(day, machine.id(), round(reading.kwh() * meteringDifference, 1000),
                        round(reading.peakKw(), 100)));
            }
        }
        return rows;
    }

    static void writeCsv(Path file, List<Row> rows) throws IOException {
        CsvFile.write(file, CsvFile.PLAIN, HEADER, rows.stream().map(Row::csv).toList());
    }

    /** An .xlsx report; {@code day} dates the workbook. */
    static void writeXlsx(Path file, LocalDate day, List<Row> rows) throws IOException {
        Spreadsheet sheet = new Spreadsheet("Energy", HEADER);
        for (Row row : rows) {
            sheet.row().date(row.day()).text(row.machine()).number(row.kwh()).number(row.peakKw());
        }
        sheet.save(file, day);
    }

    static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
