package org.floorwatch.ingest.files;

/**
 * A row that breaks a rule; the reader adds the file (and the row number, when the thrower did not know it) to
 * make it a {@link RefusedFileException}.
 */
final class BadCellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Integer row;

    BadCellException(String reason) {
        this(null, reason);
    }

    BadCellException(Integer row, String reason) {
        super(reason, null, false, false);
        this.row = row;
    }

    /** The row at fault if the thrower knew it, else null. */
    Integer row() {
        return row;
    }
}
