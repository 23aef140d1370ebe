package org.floorwatch.ingest.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.Topics;

/**
 * The endless, ordered stream of messages a simulated floor sends: the model's events encoded, with
 * the message faults applied when asked. The same plan, seed, start and fault setting give the same
 * messages in the same order, and the work orders of the machines that broke down on the way.
 */
public final class MessageStream {

    private static final Duration STEP = Duration.ofSeconds(10);

    private final FactorySimulator floor;
    private final MessageEncoder encoder;
    private final MessageFaults faults;
    private final Deque<Outgoing> ready = new ArrayDeque<>();

    /** A stream with default model settings and default fault rates (when {@code faults} is on). */
    public MessageStream(FloorPlan plan, long seed, Instant start, Topics topics, boolean faults) {
        this(plan, seed, start, new MessageEncoder(topics), faults);
    }

    private MessageStream(FloorPlan plan, long seed, Instant start, MessageEncoder encoder, boolean faults) {
        this(new FactorySimulator(plan, seed, start), encoder,
                faults ? new MessageFaults(plan, seed, start, encoder, FaultRates.defaults()) : null);
    }

    /** A stream over a given model; {@code faults} null sends every event once, as it happens. */
    public MessageStream(FactorySimulator floor, MessageEncoder encoder, MessageFaults faults) {
        this.floor = floor;
        this.encoder = encoder;
        this.faults = faults;
    }

    /** The next message to send. */
    public Outgoing next() {
        while (ready.isEmpty()) {
            step();
        }
        return ready.poll();
    }

    /**
     * Runs the floor on to {@code until} without handing out the messages sent before it, so {@link #next} gives
     * exactly what this stream would have sent from then on; call it first, on a new stream. Fast: the floor runs on
     * unseen to a whole hour more than three hours back (see {@link MessageFaults}), and only the last hours are
     * made into messages.
     */
    public void skipTo(Instant until) {
        long hourMs = Duration.ofHours(1).toMillis();
        Instant unseenTo = Instant.ofEpochMilli(Math.floorDiv(until.toEpochMilli() - MessageFaults.HELD_AT_MOST_MS,
                hourMs) * hourMs - hourMs);
        if (unseenTo.isAfter(floor.now())) {
            floor.runOnTo(unseenTo);
        }
        while (true) {
            if (ready.isEmpty()) {
                step();
            } else if (ready.peek().sendAt().isBefore(until)) {
                ready.poll();
            } else {
                return;
            }
        }
    }

    /**
     * The work orders of machines that broke down since the last call, each with its whole story (see
     * {@link WorkOrder#asAt}); the floor runs ahead of the messages handed out by a few seconds at most.
     */
    public List<WorkOrder> workOrders() {
        return floor.workOrders();
    }

    private void step() {
        for (FloorEvent event : floor.advanceTo(floor.now().plus(STEP))) {
            if (faults == null) {
                ready.add(Outgoing.fresh(encoder.encode(event), event.ts(), event));
            } else {
                ready.addAll(faults.pass(event, event.ts()));
            }
        }
    }
}
