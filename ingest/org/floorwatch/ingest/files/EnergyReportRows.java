package org.floorwatch.ingest.files;

import java.time.LocalDate;
import org.floorwatch.localstore.files.EnergyReportRow;

/**
 * An energy-report row: {@code date} is a production day, {@code machine} must be in the floor plan,
 * {@code kwh} a number not below zero; {@code peak_kw} may be empty, and is not below zero when given.
 */
final class EnergyReportRows implements RowMapper<EnergyReportRow> {

    private final SiteClock clock;

    EnergyReportRows(SiteClock clock) {
        this.clock = clock;
    }

    @Override
    public EnergyReportRow map(RowFields row) {
        LocalDate day = row.date("date");
        if (day == null) {
            throw new BadCellException("date is empty");
        }
        String machine = clock.knownMachine(row.required("machine"));
        Double kwh = row.number("kwh");
        if (kwh == null) {
            throw new BadCellException("kwh is empty");
        }
        return new EnergyReportRow(day, machine, notNegative("kwh", kwh), notNegative("peak_kw", row.number("peak_kw")),
                row.rowNumber());
    }

    static Double notNegative(String column, Double value) {
        if (value != null && value < 0) {
            throw new BadCellException(column + " is negative (" + XlsxSheet.plain(value) + ")");
        }
        return value;
    }
}
