package org.floorwatch.views.floor;

import org.floorwatch.floorplan.live.FloorSnapshot;

/**
 * The figures of the KPI tiles, from one snapshot. {@code bottleneck} is a station id or null, {@code bottleneckWip}
 * its WIP now.
 */
public record FloorKpis(long completedThisShift, long wip, long completedLastHour, String bottleneck,
                        long bottleneckWip) {

    public static final FloorKpis NONE = new FloorKpis(0, 0, 0, null, 0);

    public static FloorKpis of(FloorSnapshot snapshot) {
        long bottleneckWip = snapshot.stations().stream().filter(s -> s.station().equals(snapshot.bottleneck()))
                .mapToLong(FloorSnapshot.StationLive::wip).findFirst().orElse(0);
        return new FloorKpis(snapshot.completedThisShift(), snapshot.wipTotal(), snapshot.completedLastHour(),
                snapshot.bottleneck(), bottleneckWip);
    }
}
