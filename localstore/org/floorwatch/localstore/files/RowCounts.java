package org.floorwatch.localstore.files;

/**
 * What storing a file's rows changed: rows new to the store or changing what was stored ({@code taken}), and
 * rows identical to what was stored, or overtaken by a later row with the same key in the same file
 * ({@code duplicates}).
 */
public record RowCounts(long taken, long duplicates) {

    public static final RowCounts NONE = new RowCounts(0, 0);
}
