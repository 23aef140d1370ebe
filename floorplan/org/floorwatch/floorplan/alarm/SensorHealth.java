package org.floorwatch.floorplan.alarm;

import org.floorwatch.floorplan.FloorPlan.Sensor;

/**
 * Signs that a sensor itself may be wrong, beside the contract's alarms and never one of them: shown as an
 * "unusual" mark. Read from the sensor's readings as they arrive in order (a late reading is left out), so after a
 * restart the rules start over. The rules and their parameters:
 * <ul>
 *   <li><b>flatline</b>: the same value {@value #FLATLINE_READINGS} readings running (5 minutes at one reading every
 *       10 s): a real process temperature always wanders a little;</li>
 *   <li><b>out of range</b>: a reading below {@value #RANGE_MIN_C} °C or above the larger of {@value #RANGE_MAX_C} °C
 *       and three times the sensor's {@code alarm_c}: no factory floor gets there, the sensor or its wiring does;</li>
 *   <li><b>unusual</b> (an EWMA control chart): the exponentially weighted mean of the readings (λ = {@value #LAMBDA})
 *       leaves the band of {@value #LIMIT_SIGMAS} standard errors around the recent mean, where the recent mean and
 *       variance are themselves exponentially weighted (α = {@value #ALPHA}, about the last 20 readings), after
 *       {@value #WARM_UP} readings. A step or a fast drift trips it; slow wandering does not.</li>
 * </ul>
 */
public final class SensorHealth {

    public static final int FLATLINE_READINGS = 30;
    public static final double RANGE_MIN_C = -50;
    public static final double RANGE_MAX_C = 500;
    public static final double LAMBDA = 0.2;
    public static final double ALPHA = 0.05;
    public static final double LIMIT_SIGMAS = 3;
    public static final int WARM_UP = 60;
    /** The smallest standard deviation assumed, so a very steady sensor is not unusual at the first tenth of a degree. */
    private static final double MIN_SIGMA = 0.05;

    /** A sensor's health after its latest reading; {@code flags()} false when all is well. */
    public record Flags(boolean flatline, boolean outOfRange, boolean unusual) {

        public static final Flags WELL = new Flags(false, false, false);

        public boolean any() {
            return flatline || outOfRange || unusual;
        }

        /** Words for a mark on the map or a row on screen, e.g. "flatline, unusual". */
        public String words() {
            StringBuilder text = new StringBuilder();
            append(text, flatline, "flatline");
            append(text, outOfRange, "out of range");
            append(text, unusual, "unusual");
            return text.toString();
        }

        private static void append(StringBuilder text, boolean flag, String word) {
            if (flag) {
                text.append(text.isEmpty() ? "" : ", ").append(word);
            }
        }
    }

    private final double maxC;
    private double last = Double.NaN;
    private int sameRun;
    private long readings;
    private double ewma;
    private double mean;
    private double variance;
    private Flags flags = Flags.WELL;

    public SensorHealth(Sensor sensor) {
        this.maxC = Math.max(RANGE_MAX_C, 3 * sensor.alarmC());
    }

    public Flags flags() {
        return flags;
    }

    public void read(double celsius) {
        sameRun = celsius == last ? sameRun + 1 : 1;
        last = celsius;
        boolean outOfRange = celsius < RANGE_MIN_C || celsius > maxC;
        boolean unusual = false;
        if (!outOfRange) {
            if (readings == 0) {
                ewma = celsius;
                mean = celsius;
            } else {
                ewma = LAMBDA * celsius + (1 - LAMBDA) * ewma;
                double sigma = Math.max(MIN_SIGMA, Math.sqrt(variance));
                unusual = readings >= WARM_UP
                        && Math.abs(ewma - mean) > LIMIT_SIGMAS * sigma * Math.sqrt(LAMBDA / (2 - LAMBDA));
                double deviation = celsius - mean;
                mean += ALPHA * deviation;
                variance = (1 - ALPHA) * (variance + ALPHA * deviation * deviation);
            }
            readings++;
        }
        flags = new Flags(sameRun >= FLATLINE_READINGS, outOfRange, unusual);
    }
}
