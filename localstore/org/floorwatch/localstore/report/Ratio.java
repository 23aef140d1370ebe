package org.floorwatch.localstore.report;

/** The contract's rule for every ratio and mean: a zero denominator gives null, never NaN or infinity. */
final class Ratio {

    private Ratio() {
    }

    static Double of(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }
}
