package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;

/**
 * The maintenance log (contract section 4): work orders raised on machines about twice a day, started
 * within the hour and resolved after a time that grows with severity. Orders still open at the end of
 * the run have no resolved time (or no start yet); a few wait for parts and stay open, and at least one
 * order is always open at the end.
 */
final class MaintenanceLogFiles {

    /** One work order; {@code started} and {@code resolved} are null while not yet done. */
    record WorkOrder(String id, String machine, String fault, String severity, Instant reported, Instant started,
                     Instant resolved, String technician) { }

    static final List<String> HEADER = List.of("work_order", "machine", "fault", "severity", "reported", "started",
            "resolved", "technician");
    private static final double ORDERS_PER_DAY = 2;
    private static final List<String> FAULTS = List.of("Overheating", "Vacuum leak", "Sensor fault", "Jammed feeder",
            "Calibration drift", "Motor vibration", "Coolant low", "Controller reset");
    private static final List<String> TECHNICIANS = List.of("Dana Morris", "Ravi Shah", "Ella Byrne", "Tomasz Wolski",
            "Nia Campbell");

    private MaintenanceLogFiles() {
    }

    /** The orders raised from {@code start} to {@code end}, as they stand at {@code end}; ids WO-10001, ... */
    static List<WorkOrder> of(FloorPlan plan, Instant start, Instant end, SplittableRandom random) {
        List<WorkOrder> orders = new ArrayList<>();
        if (plan.machines().isEmpty()) {
            return orders;
        }
        double meanGapMinutes = 1440 / ORDERS_PER_DAY;
        Instant reported = start.plus(gap(meanGapMinutes, random));
        while (reported.isBefore(end)) {
            FloorPlan.Machine machine = plan.machines().get(random.nextInt(plan.machines().size()));
            double roll = random.nextDouble();
            String severity = roll < 0.55 ? "low" : roll < 0.9 ? "medium" : "high";
            int repairMinutes = switch (severity) {
                case "low" -> 20 + random.nextInt(100);
                case "medium" -> 60 + random.nextInt(240);
                default -> 180 + random.nextInt(540);
            };
            Instant started = reported.plus(Duration.ofMinutes(5 + random.nextInt(56)));
            boolean waitsForParts = random.nextDouble() < 0.03;
            Instant resolved = waitsForParts ? null : started.plus(Duration.ofMinutes(repairMinutes));
            orders.add(new WorkOrder("WO-" + (10001 + orders.size()), machine.id(),
                    FAULTS.get(random.nextInt(FAULTS.size())), severity, reported, byThen(started, end),
                    byThen(resolved, end), TECHNICIANS.get(random.nextInt(TECHNICIANS.size()))));
            reported = reported.plus(gap(meanGapMinutes, random));
        }
        if (!orders.isEmpty() && orders.stream().allMatch(order -> order.resolved() != null)) {
            WorkOrder last = orders.remove(orders.size() - 1);
            orders.add(new WorkOrder(last.id(), last.machine(), last.fault(), last.severity(), last.reported(),
                    last.started(), null, last.technician()));
        }
        return orders;
    }

    static void write(Path file, List<WorkOrder> orders, ZoneId zone) throws IOException {
        List<List<String>> rows = new ArrayList<>(orders.size());
        for (WorkOrder order : orders) {
            rows.add(new ArrayList<>(Arrays.asList(order.id(), order.machine(), order.fault(),
                    order.severity(), local(order.reported(), zone), local(order.started(), zone),
                    local(order.resolved(), zone), order.technician())));
        }
        CsvFile.write(file, CsvFile.PLAIN, HEADER, rows);
    }

    /** The instant if it came before {@code end}, else null: not yet happened when the log was written. */
    private static Instant byThen(Instant instant, Instant end) {
        return instant != null && instant.isBefore(end) ? instant : null;
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : TaskLogFiles.LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    private static Duration gap(double meanMinutes, SplittableRandom random) {
        long minutes = Math.max(1, Math.round(-meanMinutes * StrictMath.log(1 - random.nextDouble())));
        return Duration.ofMinutes(minutes);
    }
}
