package org.floorwatch.ingest.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.PartMove;

/**
 * A discrete-event model of a floor plan that yields the floor's events in time order. Parts enter at
 * the entry stations at random (a Poisson stream), queue FIFO at each station, take a cycle near the
 * station's ideal one (one part at a time per machine), travel the routes at walking pace and leave at
 * exit or scrap. Now and then a random process or inspection station slows down for a while, so the
 * bottleneck forms and moves, and now and then a machine breaks down: it finishes the part it holds, stops on
 * the next whole minute, processes nothing (its station's queue grows, its meter shows idle power) and runs again
 * when the {@link WorkOrder} the {@link MaintenanceCrew} opened for it is resolved (a sensor fault also silences the
 * station's heat sensors till then). Heat sensors report every 10 s and machines every 60 s.
 *
 * <p>The model knows no station names: the flow follows the plan's routes and station kinds. It reads
 * no clock either: time only advances through {@link #advanceTo}, so a seed and a start give the same
 * events every time.
 */
public final class FactorySimulator {

    private static final double DAY_MS = 86_400_000.0;
    private static final long MINUTE_MS = 60_000;
    private static final long MIN_CYCLE_MS = 5_000;

    private final Instant start;
    private final SimulationSettings settings;
    private final SplittableRandom random;
    /** The sensors' own stream: how often they run hot never changes what the floor does. */
    private final SplittableRandom heatRandom;
    private final EventIds ids;
    private final FloorFlow flow;
    private final Map<String, Workstation> workstations = new LinkedHashMap<>();
    private final List<Workstation> disruptable = new ArrayList<>();
    private final List<Workstation.Machine> machines = new ArrayList<>();
    private final MaintenanceCrew crew = new MaintenanceCrew();
    private final Dispatcher dispatcher;
    private final HeatSensors heat;
    private final EnergyMeters energy;
    private final Agenda agenda = new Agenda();
    private final List<FloorEvent> happened = new ArrayList<>();
    private long nowMs;
    private int floorWip;
    private boolean quiet;

    public FactorySimulator(FloorPlan plan, long seed, Instant start) {
        this(plan, seed, start, SimulationSettings.defaults());
    }

    public FactorySimulator(FloorPlan plan, long seed, Instant start, SimulationSettings settings) {
        this.start = start;
        this.settings = settings;
        this.random = new SplittableRandom(seed);
        this.heatRandom = new SplittableRandom(~seed);
        this.ids = new EventIds(seed, start);
        this.flow = new FloorFlow(plan, settings.travelSpeedMps());
        for (Station station : plan.stations()) {
            Workstation workstation = new Workstation(station, plan.machines().stream()
                    .filter(m -> m.station().equals(station.id())).map(FloorPlan.Machine::id).toList());
            workstations.put(station.id(), workstation);
            workstation.machines().stream().filter(m -> m.id() != null).forEach(machines::add);
            if (station.kind().canBeBottleneck()) {
                disruptable.add(workstation);
            }
        }
        this.dispatcher = new Dispatcher(flow, workstations, settings);
        this.heat = new HeatSensors(plan, workstations);
        this.energy = new EnergyMeters(plan, workstations);
        schedule(0, this::releasePart);
        schedule(firstTick(HeatSensors.INTERVAL_MS, true), this::readHeat);
        schedule(firstTick(EnergyMeters.INTERVAL_MS, false), this::sampleEnergy);
        if (settings.disruptionsPerDay() > 0 && !disruptable.isEmpty()) {
            schedule(exponential(DAY_MS / settings.disruptionsPerDay()), this::disrupt);
        }
        if (settings.breakdownsPerDay() > 0 && !machines.isEmpty()) {
            schedule(exponential(DAY_MS / settings.breakdownsPerDay()), this::breakDown);
        }
    }

    /** The events that happen from where the model stands up to {@code until} (excluded), in time order. */
    public List<FloorEvent> advanceTo(Instant until) {
        long untilMs = Duration.between(start, until).toMillis();
        agenda.runBefore(untilMs, at -> nowMs = at);
        nowMs = Math.max(nowMs, untilMs);
        List<FloorEvent> events = List.copyOf(happened);
        happened.clear();
        return events;
    }

    /**
     * Runs the floor on to {@code until} (excluded) without making its events: every id is counted as if they had
     * been made, so {@link #advanceTo} then gives exactly the events it would have given from there. Several times
     * faster than taking the events.
     */
    public void runOnTo(Instant until) {
        quiet = true;
        try {
            advanceTo(until);
        } finally {
            quiet = false;
        }
    }

    /**
     * The work orders of the machines that stopped since the last call, in the order they stopped, each with its
     * whole story (the simulator decides when a machine runs again as it stops); call it after {@link #advanceTo}.
     */
    public List<WorkOrder> workOrders() {
        return crew.drain();
    }

    /** How far simulated time has advanced. */
    public Instant now() {
        return start.plusMillis(nowMs);
    }

    private void releasePart() {
        if (floorWip < settings.maxFloorWip()) {
            List<Station> entries = flow.entries();
            Station entry = entries.get(random.nextInt(entries.size()));
            List<SimulationSettings.ProductType> types = settings.productTypes();
            Workstation.Part part = new Workstation.Part(ids.part(), types.get(random.nextInt(types.size())));
            floorWip++;
            moved(part, null, entry.id(), null);
            Workstation workstation = workstations.get(entry.id());
            workstation.expect();
            arrive(workstation, part);
        }
        schedule(nowMs + exponential(DAY_MS / settings.partsPerDay()), this::releasePart);
    }

    private void arrive(Workstation workstation, Workstation.Part part) {
        workstation.enqueue(part);
        startWork(workstation);
    }

    private void startWork(Workstation workstation) {
        Workstation.Machine machine;
        while ((machine = workstation.startNext(nowMs)) != null) {
            Workstation.Machine working = machine;
            schedule(nowMs + cycleMs(workstation, machine.part()), () -> finish(working));
        }
    }

    private long cycleMs(Workstation workstation, Workstation.Part part) {
        double idealMs = Math.max(MIN_CYCLE_MS, workstation.station().idealCycleS() * 1000);
        double spread = 0.95 + 0.30 * random.nextDouble();
        return Math.round(idealMs * spread * part.type().cycleFactor() * workstation.slowFactor());
    }

    private void finish(Workstation.Machine machine) {
        Workstation workstation = machine.station();
        Workstation.Part part = machine.part();
        Dispatcher.Dispatch dispatch = dispatcher.dispatch(workstation, random);
        if (dispatch == null) {
            workstation.park(machine, nowMs);
        } else {
            workstation.release(machine, nowMs);
            Station to = dispatch.leg().to();
            moved(part, workstation.station().id(), to.id(), dispatch.error());
            if (to.kind().holdsWip()) {
                Workstation next = workstations.get(to.id());
                next.expect();
                schedule(nowMs + dispatch.leg().travelMs(), () -> arrive(next, part));
            } else {
                floorWip--;
            }
        }
        if (machine.failing()) {
            schedule(nextMinute(), () -> stop(machine));
        }
        startWork(workstation);
    }

    private void moved(Workstation.Part part, String from, String to, String error) {
        if (quiet) {
            ids.skipMove();
        } else {
            happened.add(new PartMove(ids.move(), now(), part.id(), part.type().name(), from, to, error));
        }
    }

    private void readHeat() {
        happened.addAll(heat.read(nowMs, now(), ids, heatRandom, quiet));
        schedule(nowMs + HeatSensors.INTERVAL_MS, this::readHeat);
    }

    private void sampleEnergy() {
        happened.addAll(energy.sample(nowMs, now(), ids, quiet));
        schedule(nowMs + EnergyMeters.INTERVAL_MS, this::sampleEnergy);
    }

    /** Slows down a random process or inspection station (x1.6 to x2.6, for 20 to 120 min). */
    private void disrupt() {
        Workstation workstation = disruptable.get(random.nextInt(disruptable.size()));
        if (!workstation.slowed()) {
            workstation.slowDown(1.6 + random.nextDouble());
            schedule(nowMs + minutes(20 + 100 * random.nextDouble()), workstation::recover);
        }
        schedule(nowMs + exponential(DAY_MS / settings.disruptionsPerDay()), this::disrupt);
    }

    /**
     * A random machine breaks down: it takes no new part and stops on the next whole minute after the part it holds
     * (if any) is done; one already down or about to stop is left alone.
     */
    private void breakDown() {
        Workstation.Machine machine = machines.get(random.nextInt(machines.size()));
        if (!machine.failing() && !machine.down()) {
            machine.fail();
            if (!machine.busy()) {
                schedule(nextMinute(), () -> stop(machine));
            }
        }
        schedule(nowMs + exponential(DAY_MS / settings.breakdownsPerDay()), this::breakDown);
    }

    /**
     * The machine stops now; it runs again when its work order is resolved. A sensor fault also silences the
     * station's heat sensors until then.
     */
    private void stop(Workstation.Machine machine) {
        machine.stop();
        WorkOrder order = crew.open(machine.id(), now(), random);
        boolean sensorFault = MaintenanceCrew.SENSOR_FAULT.equals(order.fault());
        if (sensorFault) {
            heat.silence(machine.station(), true);
        }
        schedule(Duration.between(start, order.resolved()).toMillis(), () -> {
            machine.runAgain();
            if (sensorFault) {
                heat.silence(machine.station(), false);
            }
            startWork(machine.station());
        });
    }

    /** The next whole minute of the clock strictly after now, as an offset from the start. */
    private long nextMinute() {
        long epochMs = start.toEpochMilli();
        return (Math.floorDiv(epochMs + nowMs, MINUTE_MS) + 1) * MINUTE_MS - epochMs;
    }

    private void schedule(long atMs, Runnable action) {
        agenda.at(atMs, action);
    }

    /** The first multiple of {@code intervalMs} (in epoch time) at or after the start, or strictly after it. */
    private long firstTick(long intervalMs, boolean atStart) {
        long epochMs = start.toEpochMilli();
        long tick = Math.floorDiv(epochMs, intervalMs) * intervalMs;
        if (tick < epochMs || !atStart) {
            tick += intervalMs;
        }
        return tick - epochMs;
    }

    private long exponential(double meanMs) {
        return Math.max(1, Math.round(-meanMs * StrictMath.log(1 - random.nextDouble())));
    }

    private static long minutes(double minutes) {
        return Math.round(minutes * 60_000);
    }
}
