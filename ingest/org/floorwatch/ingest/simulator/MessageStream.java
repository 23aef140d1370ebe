package org.floorwatch.ingest.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.Topics;

/**
 * The endless, ordered stream of messages a simulated floor sends: the model's events encoded, with
 * the message faults applied when asked. The same plan, seed, start and fault setting give the same
 * messages in the same order.
 */
public final class MessageStream {

    private static final Duration STEP = Duration.ofSeconds(10);

    private final FactorySimulator floor;
    private final MessageEncoder encoder;
    private final MessageFaults faults;
    private final Deque<Outgoing> ready = new ArrayDeque<>();

    /** A stream with default model settings and default fault rates (when {@code faults} is on). */
    public MessageStream(FloorPlan plan, long seed, Instant start, Topics topics, boolean faults) {
        this(new FactorySimulator(plan, seed, start), new MessageEncoder(topics),
                faults ? new MessageFaults(plan, seed, start, topics, FaultRates.defaults()) : null);
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
            for (FloorEvent event : floor.advanceTo(floor.now().plus(STEP))) {
                if (faults == null) {
                    ready.add(Outgoing.fresh(encoder.encode(event), event.ts(), event));
                } else {
                    ready.addAll(faults.pass(event, event.ts()));
                }
            }
        }
        return ready.poll();
    }
}
