package org.floorwatch.floorplan.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;

/**
 * What {@link LiveFloor#rebuild} starts from: the floor at {@code asOf} as the store knows it, counted over all
 * history without replaying it (null {@code asOf}: an empty floor).
 *
 * @param wip                moves in minus moves out per station, every move with {@code ts <= asOf}
 * @param processedToday     moves out per station from the start of asOf's production day up to and including asOf
 * @param errorsToday        those of them with an error
 * @param completedThisShift moves into exit stations from the start of asOf's shift up to and including asOf
 * @param recentMoves        the moves from {@link LiveFloor#recentFrom} up to and including asOf (the last hour's
 *                           counts and the parts in transit)
 * @param sensorReadings     each sensor's readings up to and including asOf, from its latest reading that decides
 *                           its level alone (contract section 8; all of them if none does)
 */
public record FloorState(Instant asOf, Map<String, Long> wip, Map<String, Long> processedToday,
                         Map<String, Long> errorsToday, long completedThisShift,
                         List<PartMove> recentMoves,
                         List<HeatReading> sensorReadings) {

    public static final FloorState EMPTY = new FloorState(null, Map.of(), Map.of(), Map.of(), 0, List.of(), List.of());

    public FloorState {
        wip = Map.copyOf(wip);
        processedToday = Map.copyOf(processedToday);
        errorsToday = Map.copyOf(errorsToday);
        recentMoves = List.copyOf(recentMoves);
        sensorReadings = List.copyOf(sensorReadings);
    }
}
