package org.floorwatch.ingest.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated floor's maintenance crew. When a machine stops it opens a work order (WO-10001, WO-10002, ... in the
 * order machines stop) and decides the fault, how severe it is, who repairs it, how long the technician takes to come
 * (5 to 20 min) and to repair it (low 10 to 45 min, medium 45 min to 2.5 h, high 2.5 to 6 h). Times are whole
 * minutes, so the machine stops and runs again on the minute a maintenance log shows.
 */
final class MaintenanceCrew {

    /** The fault that also silences the station's heat sensors while the machine is down. */
    static final String SENSOR_FAULT = "Sensor fault";
    private static final List<String> FAULTS = List.of("Overheating", "Vacuum leak", SENSOR_FAULT, "Jammed feeder",
            "Calibration drift", "Motor vibration", "Coolant low", "Controller reset");
    private static final List<String> TECHNICIANS = List.of("Dana Morris", "Ravi Shah", "Ella Byrne", "Tomasz Wolski",
            "Nia Campbell");

    private final List<WorkOrder> opened = new ArrayList<>();
    private int orders;

    /** The work order of {@code machine}, stopped at {@code at}: the whole story, resolved when it runs again. */
    WorkOrder open(String machine, Instant at, SplittableRandom random) {
        double roll = random.nextDouble();
        String severity = roll < 0.5 ? "low" : roll < 0.85 ? "medium" : "high";
        int repairMinutes = switch (severity) {
            case "low" -> 10 + random.nextInt(36);
            case "medium" -> 45 + random.nextInt(106);
            default -> 150 + random.nextInt(211);
        };
        Instant started = at.plus(Duration.ofMinutes(5 + random.nextInt(16)));
        WorkOrder order = new WorkOrder("WO-" + (10001 + orders++), machine, FAULTS.get(random.nextInt(FAULTS.size())),
                severity, at, started, started.plus(Duration.ofMinutes(repairMinutes)),
                TECHNICIANS.get(random.nextInt(TECHNICIANS.size())));
        opened.add(order);
        return order;
    }

    /** The orders opened since the last call, in the order the machines stopped. */
    List<WorkOrder> drain() {
        List<WorkOrder> drained = List.copyOf(opened);
        opened.clear();
        return drained;
    }
}
