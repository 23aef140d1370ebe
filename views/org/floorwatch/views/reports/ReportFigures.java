package org.floorwatch.views.reports;

import java.time.Instant;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.WipGrid;

/**
 * One computation for a report screen: the report of the chosen period, the production screen's WIP grid (null
 * for the other reports) and the floor time it was computed at.
 */
public record ReportFigures(ChosenPeriod chosen, Report report, WipGrid wipGrid, Instant computedAt) { }
