package org.floorwatch.views.sources;

import java.util.Locale;

/**
 * Where the current (or last) import stands, as the Sources screen shows it: its phase, how many files of how many
 * are done, the file being read, and the running totals in the words of the {@code import} command's summary line.
 *
 * @param detail  the file being read, what is being prepared, or why the import stopped; may be empty
 * @param waiting imports queued behind this one
 */
public record ImportState(Phase phase, String title, String detail, int filesDone, int filesTotal, long taken,
                          long duplicates, long quarantined, int refused, int waiting) {

    /** The life of one import. */
    public enum Phase {
        IDLE, PREPARING, READING, DONE, CANCELLED, FAILED;

        public boolean running() {
            return this == PREPARING || this == READING;
        }
    }

    public static final ImportState IDLE = new ImportState(Phase.IDLE, "", "", 0, 0, 0, 0, 0, 0, 0);

    static ImportState preparing(String title, String what, int waiting) {
        return new ImportState(Phase.PREPARING, title, what, 0, 0, 0, 0, 0, 0, waiting);
    }

    ImportState reading(int files) {
        return new ImportState(Phase.READING, title, "", 0, files, 0, 0, 0, 0, waiting);
    }

    ImportState at(String file) {
        return new ImportState(phase, title, file, filesDone, filesTotal, taken, duplicates, quarantined, refused, waiting);
    }

    ImportState plus(ImportedFile file) {
        return new ImportState(phase, title, detail, filesDone + 1, filesTotal, taken + file.taken(),
                duplicates + file.duplicates(), quarantined + file.quarantined(), refused + (file.isRefused() ? 1 : 0),
                waiting);
    }

    ImportState ended(Phase end, String why) {
        return new ImportState(end, title, why, filesDone, filesTotal, taken, duplicates, quarantined, refused, waiting);
    }

    ImportState waiting(int queued) {
        return new ImportState(phase, title, detail, filesDone, filesTotal, taken, duplicates, quarantined, refused, queued);
    }

    public boolean running() {
        return phase.running();
    }

    /** The share done, 0 to 1, or -1 while it is not known yet (a progress bar's indeterminate). */
    public double progress() {
        return switch (phase) {
            case IDLE -> 0;
            case PREPARING -> -1;
            case READING -> filesTotal == 0 ? -1 : (double) filesDone / filesTotal;
            case DONE, CANCELLED, FAILED -> filesTotal == 0 ? 0 : (double) filesDone / filesTotal;
        };
    }

    /** One line for the screen, e.g. "Import: file 3 of 12 · tasks-2026-01-05.csv"; empty when idle. */
    public String line() {
        String more = waiting > 0 ? " (" + waiting + " more waiting)" : "";
        return switch (phase) {
            case IDLE -> "";
            case PREPARING -> title + ": " + detail + more;
            case READING -> String.format(Locale.ROOT, "%s: file %,d of %,d%s%s", title, Math.min(filesDone + 1,
                    filesTotal), filesTotal, detail.isEmpty() ? "" : " \u00b7 " + detail, more);
            case DONE -> String.format(Locale.ROOT, "%s: %,d %s \u00b7 %s", title, filesDone,
                    filesDone == 1 ? "file" : "files", totals()) + more;
            case CANCELLED -> String.format(Locale.ROOT, "%s: cancelled after %,d of %,d files \u00b7 %s", title,
                    filesDone, filesTotal, totals()) + more;
            case FAILED -> title + ": stopped \u2014 " + detail + more;
        };
    }

    /** The totals in the words of the {@code import} command's summary line. */
    public String totals() {
        return String.format(Locale.ROOT, "%,d new, %,d duplicate, %,d quarantined, %,d refused", taken, duplicates,
                quarantined, refused);
    }
}
