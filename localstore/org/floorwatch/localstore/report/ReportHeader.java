package org.floorwatch.localstore.report;

import java.time.Instant;
import java.time.LocalDate;
import org.floorwatch.floorplan.FloorPlan;

/**
 * What every report starts with: which report, the site, the production days it covers, the site's time zone,
 * the instants the period runs between (start included, end excluded), and where its figures end: {@code asOf} is
 * the period's end, or now for a period that holds the present, reported so far ({@code soFar}, see
 * {@link ReportPeriod#soFar}).
 */
public record ReportHeader(String report, String site, LocalDate from, LocalDate to, String timezone,
                           Instant periodStart, Instant periodEnd, boolean soFar, Instant asOf) {

    static ReportHeader of(ReportKind kind, FloorPlan plan, ReportPeriod period) {
        return of(kind.word(), plan, period);
    }

    static ReportHeader of(String report, FloorPlan plan, ReportPeriod period) {
        return new ReportHeader(report, plan.site(), period.from(), period.to(), plan.timezone().getId(),
                period.start(), period.closes(), period.isSoFar(), period.end());
    }
}
