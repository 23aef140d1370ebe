package org.floorwatch.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a child JVM's {@code -Xlog:gc} file: the most heap in use right after a collection. */
final class GcLog {

    /** "... 120M->30M(256M) 12.345ms": used before, after and the heap's size. */
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private GcLog() {
    }

    /** The peak in MB, or NaN when the log holds no collection. */
    static double peakAfterCollectionMb(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return Double.NaN;
        }
        double peak = Double.NaN;
        for (String line : Files.readAllLines(log)) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                double after = Double.parseDouble(pause.group(2));
                peak = Double.isNaN(peak) ? after : Math.max(peak, after);
            }
        }
        return peak;
    }
}
