package org.floorwatch.localstore.files;

/** One tool of the tool master list; {@code expectedLifeHours} is null when the list leaves it empty. */
public record ToolRow(String toolId, String name, String kind, String vendor, Double expectedLifeHours,
                      String station, int sourceRow) {
}
