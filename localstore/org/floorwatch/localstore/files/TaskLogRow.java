package org.floorwatch.localstore.files;

import java.time.Instant;

/** One task-log row, keyed by employee and start; {@code station} is as written (not checked against the plan). */
public record TaskLogRow(String employeeId, Instant start, Instant end, String task, String station, int sourceRow) {
}
