package org.floorwatch.app.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Route;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.floorplan.event.PartMove;

/**
 * A fixed crowd of parts walking the plan's routes, one move at a time in turn: part after part enters at the
 * entry station, takes a random route out of each station it reaches, and at an exit or scrap station makes way
 * for a new part that enters. With moves far more frequent than a route's travel time, every part is always on
 * its way, so the floor map shows the whole crowd moving.
 */
final class MovingParts {

    private final Map<String, List<Route>> routesFrom = new HashMap<>();
    private final String entry;
    private final String[] partIds;
    private final String[] at;
    private final Random random;
    private long nextPart;
    private long nextMove;
    private int turn;

    MovingParts(FloorPlan plan, int parts, long seed) {
        plan.routes().forEach(route -> routesFrom.computeIfAbsent(route.from(), f -> new ArrayList<>()).add(route));
        entry = plan.stations().stream().filter(s -> s.kind() == StationKind.ENTRY).findFirst()
                .orElse(plan.stations().get(0)).id();
        partIds = new String[parts];
        at = new String[parts];
        random = new Random(seed);
    }

    /** The next part's next move, at {@code ts}. */
    PartMove next(Instant ts) {
        int part = turn;
        turn = (turn + 1) % partIds.length;
        List<Route> out = at[part] == null ? null : routesFrom.get(at[part]);
        String from;
        String to;
        if (out == null || out.isEmpty()) {
            partIds[part] = "BENCH-P" + nextPart++;
            from = null;
            to = entry;
        } else {
            from = at[part];
            to = out.get(random.nextInt(out.size())).to();
        }
        at[part] = to;
        return new PartMove("BENCH-M" + nextMove++, ts, partIds[part], "T", from, to, null);
    }
}
