package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;

/** The four reports of contract section 5, each computed from a read connection on the store and the plan. */
public enum ReportKind {
    PRODUCTION, QUALITY, WORKFORCE, ENERGY;

    /** The word used on the command line and in the JSON's {@code report} field. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportKind> fromWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word().equals(word)).findFirst();
    }

    /** Computes this report over {@code period} from what the store has committed. */
    public Report compute(Connection connection, FloorPlan plan, ReportPeriod period) {
        return switch (this) {
            case PRODUCTION -> new ProductionFigures(connection, plan, period).report();
            case QUALITY -> new QualityFigures(connection, plan, period).report();
            case WORKFORCE -> new WorkforceFigures(connection, plan, period).report();
            case ENERGY -> new EnergyFigures(connection, plan, period).report();
        };
    }
}
