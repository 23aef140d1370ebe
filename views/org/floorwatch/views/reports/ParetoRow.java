package org.floorwatch.views.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.localstore.report.QualityReport.ErrorFailures;

/**
 * One bar of the quality screen's Pareto: failures of one error code at one station, with the cumulative share of
 * all failures shown up to and including it. Bars run from the most failures down (ties: station, then code).
 */
record ParetoRow(String station, String department, String error, long failures, double cumulative) {

    /** The bar's category, e.g. {@code CHECK · E9}. */
    String label() {
        return station + " \u00b7 " + (error == null ? "?" : error);
    }

    /** The Pareto of {@code failures} at the stations of the departments {@code shown} lets through. */
    static List<ParetoRow> of(List<ErrorFailures> failures, Map<String, Station> stations, Predicate<String> shown) {
        List<ErrorFailures> kept = failures.stream()
                .filter(f -> shown.test(departmentOf(stations, f.station())))
                .sorted(Comparator.comparingLong(ErrorFailures::failures).reversed()
                        .thenComparing(ErrorFailures::station)
                        .thenComparing(f -> f.error() == null ? "" : f.error()))
                .toList();
        long total = kept.stream().mapToLong(ErrorFailures::failures).sum();
        List<ParetoRow> rows = new ArrayList<>();
        long running = 0;
        for (ErrorFailures f : kept) {
            running += f.failures();
            rows.add(new ParetoRow(f.station(), departmentOf(stations, f.station()), f.error(), f.failures(),
                    (double) running / total));
        }
        return rows;
    }

    private static String departmentOf(Map<String, Station> stations, String station) {
        Station known = stations.get(station);
        return known == null ? null : known.department();
    }
}
