package org.floorwatch.ingest.inventory;

/** A tool inventory snapshot that breaks a rule; refused whole. */
public final class InvalidSnapshotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Integer item;

    /**
     * @param item the item at fault (the first is 1), or null when the whole snapshot is
     */
    public InvalidSnapshotException(Integer item, String reason) {
        super(reason, null, false, false);
        this.item = item;
    }

    public Integer item() {
        return item;
    }
}
