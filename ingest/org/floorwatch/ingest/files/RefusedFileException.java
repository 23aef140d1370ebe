package org.floorwatch.ingest.files;

import java.nio.file.Path;

/**
 * A file refused whole (contract section 4): it matches no kind, cannot be read, or a row breaks a rule. Its
 * message is one line naming the file, the row and the reason, e.g.
 * {@code refused clockin-2026-11-02-A.csv row 7: Absence Reason is set but Status is Present}.
 */
public final class RefusedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Integer row;
    private final String reason;

    /**
     * @param file   the file as the user named it
     * @param row    the spreadsheet row (header = 1), archive line or snapshot item at fault; null for the whole file
     * @param reason what is wrong, one line
     */
    public RefusedFileException(Path file, Integer row, String reason) {
        super("refused " + file + (row == null ? "" : " row " + row) + ": " + reason);
        this.file = file;
        this.row = row;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The row at fault, or null when the whole file is. */
    public Integer row() {
        return row;
    }

    public String reason() {
        return reason;
    }
}
