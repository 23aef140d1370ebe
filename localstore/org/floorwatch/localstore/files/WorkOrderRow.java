package org.floorwatch.localstore.files;

import java.time.Instant;

/** One maintenance work order; {@code started} and {@code resolved} are null while it is open. */
public record WorkOrderRow(String workOrder, String machine, String fault, String severity, Instant reported,
                           Instant started, Instant resolved, String technician, int sourceRow) {
}
