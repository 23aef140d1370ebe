package org.floorwatch.app.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** One measured figure, printed as the machine-readable line {@code bench NAME VALUE UNIT}. */
record BenchFigure(String name, double value, String unit) {

    void print(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "bench %s %.3f %s", name, value, unit));
    }
}
