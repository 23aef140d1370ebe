package org.floorwatch.ingest.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * One station while the floor runs: its FIFO queue, its machines (each works on one part at a time; a station
 * without machines in the plan works as if it had one that never stops), the parts headed for or held by it (its
 * WIP) and any slow-down in force. Each machine keeps a running integral of its busy time, from which heat and
 * energy are derived.
 */
final class Workstation {

    /** A part on the floor. */
    record Part(String id, SimulationSettings.ProductType type) { }

    /**
     * One machine of the station. A machine that is to stop ({@link #failing}) takes no new part; once its part is
     * done it stops ({@link #down}) until it is repaired, and a stopped machine is never busy.
     */
    static final class Machine {
        private final String id;
        private final Workstation station;
        private Part part;
        private boolean failing;
        private boolean down;
        private long busyMs;
        private long busySince;

        private Machine(String id, Workstation station) {
            this.id = id;
            this.station = station;
        }

        /** The plan's machine id; null for the stand-in of a station without machines. */
        String id() {
            return id;
        }

        Workstation station() {
            return station;
        }

        /** The part the machine works on, null when idle. */
        Part part() {
            return part;
        }

        boolean busy() {
            return part != null;
        }

        boolean failing() {
            return failing;
        }

        boolean down() {
            return down;
        }

        /** Marks the machine to stop once its part (if any) is done. */
        void fail() {
            failing = true;
        }

        void stop() {
            if (part != null) {
                throw new IllegalStateException("machine " + id + " cannot stop while it works on " + part.id());
            }
            failing = false;
            down = true;
        }

        void runAgain() {
            down = false;
        }

        /** Milliseconds of work done up to {@code nowMs}; differences of it give busy shares. */
        long busyMs(long nowMs) {
            return busyMs + (part == null ? 0 : nowMs - busySince);
        }

        private boolean free() {
            return part == null && !failing && !down;
        }

        private void start(Part next, long nowMs) {
            part = next;
            busySince = nowMs;
        }

        private void finish(long nowMs) {
            busyMs += nowMs - busySince;
            part = null;
        }
    }

    private final Station station;
    private final List<Machine> machines = new ArrayList<>();
    private final Deque<Part> queue = new ArrayDeque<>();
    private int wip;
    private double slowFactor = 1;
    private boolean slowed;

    /** @param machineIds the plan's machines at this station, in plan order */
    Workstation(Station station, List<String> machineIds) {
        this.station = station;
        machineIds.forEach(id -> machines.add(new Machine(id, this)));
        if (machines.isEmpty()) {
            machines.add(new Machine(null, this));
        }
    }

    Station station() {
        return station;
    }

    /** The station's machines; the stand-in of a station without machines has a null id. */
    List<Machine> machines() {
        return machines;
    }

    int wip() {
        return wip;
    }

    /** A part has left another station for this one. */
    void expect() {
        wip++;
    }

    void enqueue(Part part) {
        queue.addLast(part);
    }

    /** Puts the next waiting part on a free machine and returns that machine, or null when none can start. */
    Machine startNext(long nowMs) {
        if (queue.isEmpty()) {
            return null;
        }
        for (Machine machine : machines) {
            if (machine.free()) {
                machine.start(queue.pollFirst(), nowMs);
                return machine;
            }
        }
        return null;
    }

    /** The part on {@code machine} is done and leaves the station. */
    void release(Machine machine, long nowMs) {
        machine.finish(nowMs);
        wip--;
    }

    /** The part on {@code machine} is done but has nowhere to go: it stays, and frees the machine. */
    void park(Machine machine, long nowMs) {
        machine.finish(nowMs);
    }

    double slowFactor() {
        return slowFactor;
    }

    boolean slowed() {
        return slowed;
    }

    void slowDown(double factor) {
        slowed = true;
        slowFactor = factor;
    }

    void recover() {
        slowed = false;
        slowFactor = 1;
    }

    /** Machine-milliseconds of work done up to {@code nowMs}, over all the station's machines. */
    long busyServerMs(long nowMs) {
        long busy = 0;
        for (Machine machine : machines) {
            busy += machine.busyMs(nowMs);
        }
        return busy;
    }

    /** Share of the station's capacity used between two readings of {@link #busyServerMs}. */
    double busyShare(long busyFrom, long busyTo, long intervalMs) {
        return share(busyFrom, busyTo, intervalMs, machines.size());
    }

    /** Share of {@code servers} machines' time used between two readings of busy milliseconds. */
    static double share(long busyFrom, long busyTo, long intervalMs, int servers) {
        return intervalMs <= 0 ? 0 : Math.min(1, (busyTo - busyFrom) / (double) (servers * intervalMs));
    }
}
