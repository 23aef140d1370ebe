package org.floorwatch.ingest.files;

/** Turns one spreadsheet row of a kind into the row stored, or refuses it with a {@link BadCellException}. */
@FunctionalInterface
interface RowMapper<R> {

    R map(RowFields row);
}
