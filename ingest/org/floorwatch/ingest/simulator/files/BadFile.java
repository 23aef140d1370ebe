package org.floorwatch.ingest.simulator.files;

/**
 * A file {@code simulate files} wrote under {@code bad/} for an importer to refuse.
 *
 * @param name  its name in {@code bad/}
 * @param row   the row at fault, numbered as a spreadsheet shows it (the header is row 1)
 * @param rule  the rule of contract section 4 that the row breaks
 */
public record BadFile(String name, int row, String rule) { }
