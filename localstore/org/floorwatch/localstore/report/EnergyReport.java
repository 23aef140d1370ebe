package org.floorwatch.localstore.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The energy report (contract sections 5 and 6): kWh per machine and production day, taken from the energy report
 * file where it has a row (the authority for that machine and day) and from live samples otherwise; totals, kWh
 * per completed part, peak power, and kWh by machine and by department.
 */
public record EnergyReport(ReportHeader header, Totals totals, List<MachineEnergy> byMachine,
                           List<DepartmentEnergy> byDepartment, List<MachineDay> byMachineDay) implements Report {

    public EnergyReport {
        byMachine = List.copyOf(byMachine);
        byDepartment = List.copyOf(byDepartment);
        byMachineDay = List.copyOf(byMachineDay);
    }

    /** {@code completed} is the production report's figure that {@code kwhPerPart} divides by. */
    public record Totals(double kwh, Double kwhPerPart, Double peakKw, long completed) { }

    /** {@code station} and {@code department} are null for a machine the plan does not know. */
    public record MachineEnergy(String machine, String station, String department, double kwh, Double peakKw) { }

    public record DepartmentEnergy(String department, double kwh) { }

    /** Where a machine's kWh for one production day came from. */
    public enum Source {
        @JsonProperty("report") REPORT,
        @JsonProperty("live") LIVE
    }

    public record MachineDay(LocalDate date, String machine, double kwh, Source source) { }

    @Override
    public ReportDocument document(Instant generatedAt) {
        return EnergyTables.document(this, generatedAt);
    }
}
