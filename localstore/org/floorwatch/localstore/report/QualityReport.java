package org.floorwatch.localstore.report;

import java.time.Instant;
import java.util.List;

/**
 * The quality report (contract sections 5 and 6): inspections passed and failed, first-pass yield, rework and
 * scrap, failures by station (and by error code), maintenance work orders with MTTR, and tool life by kind.
 */
public record QualityReport(ReportHeader header, Totals totals, List<StationFailures> failuresByStation,
                            List<ErrorFailures> failuresByError, Maintenance maintenance, List<ToolKind> tools)
        implements Report {

    public QualityReport {
        failuresByStation = List.copyOf(failuresByStation);
        failuresByError = List.copyOf(failuresByError);
        tools = List.copyOf(tools);
    }

    public record Totals(long inspected, long passed, long failed, Double firstPassYield, long reworked,
                         long pendingRework, long scrapped) { }

    /** Moves with an error by the station they leave, most failures first. */
    public record StationFailures(String station, String department, long failures) { }

    /** The same, split by error code: the Pareto's detail. */
    public record ErrorFailures(String station, String error, long failures) { }

    /** Work orders resolved in the period, their mean time to repair, and every work order open in the period. */
    public record Maintenance(long workOrdersResolved, Double mttrH, List<WorkOrder> records) {
        public Maintenance {
            records = List.copyOf(records);
        }
    }

    /** One maintenance record; {@code resolved} null while open, {@code repairH} = resolved - reported. */
    public record WorkOrder(String workOrder, String machine, String fault, String severity, Instant reported,
                            Instant started, Instant resolved, String technician, Double repairH) { }

    /** Per tool kind of the master list: retired tools in the latest inventory, their mean and expected life. */
    public record ToolKind(String kind, long retired, Double avgLifeH, Double expectedLifeH) { }

    @Override
    public ReportDocument document(Instant generatedAt) {
        return QualityTables.document(this, generatedAt);
    }
}
