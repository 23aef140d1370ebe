package org.floorwatch.ingest.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.StationKind;

/**
 * Decides, by station kind, which route a finished part takes and which error code (if any) rides on
 * that move: an inspection sends failures to rework or scrap, a rework station occasionally gives up
 * on a part, a process station rarely raises an error; everything else goes on to the least loaded
 * next station that is neither rework nor scrap.
 */
final class Dispatcher {

    /** Where a part goes next and the error raised by the station it leaves, or null. */
    record Dispatch(FloorFlow.Leg leg, String error) { }

    private final FloorFlow flow;
    private final Map<String, Workstation> workstations;
    private final SimulationSettings settings;

    Dispatcher(FloorFlow flow, Map<String, Workstation> workstations, SimulationSettings settings) {
        this.flow = flow;
        this.workstations = workstations;
        this.settings = settings;
    }

    /** The part's next move, or null when no route leaves the station. */
    Dispatch dispatch(Workstation from, SplittableRandom random) {
        String station = from.station().id();
        List<FloorFlow.Leg> legs = flow.legsFrom(station);
        if (legs.isEmpty()) {
            return null;
        }
        List<FloorFlow.Leg> rework = towards(legs, StationKind.REWORK);
        List<FloorFlow.Leg> scrap = towards(legs, StationKind.SCRAP);
        StationKind kind = from.station().kind();
        if (kind == StationKind.INSPECTION && random.nextDouble() < settings.inspectionFailRate()
                && !(rework.isEmpty() && scrap.isEmpty())) {
            boolean toScrap = rework.isEmpty()
                    || !scrap.isEmpty() && random.nextDouble() < settings.failureScrapShare();
            String error = errorCode(station, 3 + random.nextInt(3));
            return new Dispatch(leastLoaded(toScrap ? scrap : rework, random), error);
        }
        if (kind == StationKind.REWORK && !scrap.isEmpty() && random.nextDouble() < settings.reworkScrapRate()) {
            return new Dispatch(leastLoaded(scrap, random), errorCode(station, 9));
        }
        String error = kind == StationKind.PROCESS && random.nextDouble() < settings.processErrorRate()
                ? errorCode(station, 1 + random.nextInt(2)) : null;
        List<FloorFlow.Leg> onward = new ArrayList<>(legs.size());
        for (FloorFlow.Leg leg : legs) {
            if (leg.to().kind() != StationKind.REWORK && leg.to().kind() != StationKind.SCRAP) {
                onward.add(leg);
            }
        }
        return new Dispatch(leastLoaded(onward.isEmpty() ? legs : onward, random), error);
    }

    private static List<FloorFlow.Leg> towards(List<FloorFlow.Leg> legs, StationKind kind) {
        List<FloorFlow.Leg> towards = new ArrayList<>(1);
        for (FloorFlow.Leg leg : legs) {
            if (leg.to().kind() == kind) {
                towards.add(leg);
            }
        }
        return towards;
    }

    /** The leg to the station holding the fewest parts; a tie is broken at random. */
    private FloorFlow.Leg leastLoaded(List<FloorFlow.Leg> legs, SplittableRandom random) {
        if (legs.size() == 1) {
            return legs.get(0);
        }
        int least = Integer.MAX_VALUE;
        List<FloorFlow.Leg> best = new ArrayList<>(legs.size());
        for (FloorFlow.Leg leg : legs) {
            int load = load(leg);
            if (load < least) {
                least = load;
                best.clear();
            }
            if (load == least) {
                best.add(leg);
            }
        }
        return best.get(random.nextInt(best.size()));
    }

    private int load(FloorFlow.Leg leg) {
        return workstations.get(leg.to().id()).wip();
    }

    private static String errorCode(String station, int code) {
        return "E-" + station + "-0" + code;
    }
}
