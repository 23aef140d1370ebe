package org.floorwatch.ingest.simulator;

import java.util.List;

/**
 * How busy and how troubled the simulated floor is. {@link #defaults()} gives a plausible floor of
 * about 2000 parts a production day.
 *
 * @param partsPerDay        mean number of parts released onto the floor per 24 hours
 * @param productTypes       the products made, released in equal shares
 * @param inspectionFailRate share of inspections that fail (the part goes to rework or scrap)
 * @param failureScrapShare  share of failed parts sent to scrap when both rework and scrap are reachable
 * @param reworkScrapRate    share of reworked parts scrapped when the rework station can reach scrap
 * @param processErrorRate   share of process-station cycles that raise an error code
 * @param disruptionsPerDay  mean number of slow-downs of a random process or inspection station per 24 hours
 * @param breakdownsPerDay   mean number of breakdowns of a random machine per 24 hours (each one a work order)
 * @param travelSpeedMps     how fast parts travel along routes, metres per second
 * @param maxFloorWip        no new part is released while this many parts are on the floor
 */
public record SimulationSettings(double partsPerDay, List<ProductType> productTypes, double inspectionFailRate,
                                 double failureScrapShare, double reworkScrapRate, double processErrorRate,
                                 double disruptionsPerDay, double breakdownsPerDay, double travelSpeedMps,
                                 int maxFloorWip) {

    /** A product made on the floor; its cycle factor stretches every station's cycle time for it. */
    public record ProductType(String name, double cycleFactor) { }

    public SimulationSettings {
        productTypes = List.copyOf(productTypes);
        if (productTypes.isEmpty()) {
            throw new IllegalArgumentException("the simulator needs at least one product type");
        }
        if (partsPerDay <= 0 || travelSpeedMps <= 0 || maxFloorWip <= 0) {
            throw new IllegalArgumentException("parts per day, travel speed and max floor WIP must be positive");
        }
        if (disruptionsPerDay < 0 || breakdownsPerDay < 0) {
            throw new IllegalArgumentException("slow-downs and breakdowns per day cannot be negative");
        }
    }

    public static SimulationSettings defaults() {
        return new SimulationSettings(2000,
                List.of(new ProductType("CPU-8C", 1.0), new ProductType("CPU-16C", 1.15)),
                0.04, 0.3, 0.1, 0.005, 4, 0.7, 1.0, 120);
    }
}
