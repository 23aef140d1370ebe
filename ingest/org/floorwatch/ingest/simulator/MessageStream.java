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
    /** Longer than any message is held back by the faults (late: 2 h, a copy: 3 h), with room to spare. */
    private static final Duration HELD_AT_MOST = Duration.ofHours(4);

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
     * exactly what this stream would have sent from then on. Much faster than taking them: messages that cannot
     * matter any more are not written out.
     */
    public void skipTo(Instant until) {
        Instant writeFrom = until.minus(HELD_AT_MOST);
        try {
            while (true) {
                if (ready.isEmpty()) {
                    encoder.dry(floor.now().isBefore(writeFrom));
                    step();
                } else if (ready.peek().sendAt().isBefore(until)) {
                    ready.poll();
                } else {
                    return;
                }
            }
        } finally {
            encoder.dry(false);
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
