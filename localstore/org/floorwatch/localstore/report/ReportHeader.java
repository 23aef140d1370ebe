package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.FloorPlan;

/**
 * What every report starts with: which report, the site, the production days it covers, the site's time zone,
 * and the instants the period runs between (start included, end excluded).
 */
public record ReportHeader(String report, String site, LocalDate from, LocalDate to, String timezone,
                           Instant periodStart, Instant periodEnd) {

    static ReportHeader of(ReportKind kind, FloorPlan plan, ReportPeriod period) {
        return of(kind.word(), plan, period);
    }

    static ReportHeader of(String report, FloorPlan plan, ReportPeriod period) {
        return new ReportHeader(report, plan.site(), period.from(), period.to(), plan.timezone().getId(),
                period.start(), period.end());
    }
}
