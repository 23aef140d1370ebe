package org.floorwatch.localstore.files;

import java.time.LocalDate;

/**
 * One energy-report row: a machine's energy on a production day, the authority for that machine and day.
 *
 * @param peakKw null when the report leaves it empty
 */
public record EnergyReportRow(LocalDate day, String machine, double kwh, Double peakKw, int sourceRow) {
}
