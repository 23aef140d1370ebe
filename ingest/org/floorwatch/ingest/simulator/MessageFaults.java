package org.floorwatch.ingest.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.ingest.message.Topics;

/**
 * The troubles of a real message bus, applied to the simulated stream from a seeded random source:
 * duplicates (identical or changed, right away or hours later), neighbours swapped, events held back
 * and sent late with their original ts, and broken messages of every quarantine case in turn. Held
 * messages are released by simulated time, so the outcome depends only on the seed and the events.
 *
 * <p>Each hour of simulated time starts afresh: its own random source (from the seed and the hour), a swapped event
 * sent, the quarantine cases from the first, no templates seen. A message held back is released within three hours
 * without any random choice, so from three hours after any whole hour on, these faults give the same messages
 * whether or not they saw the events before that hour: a stream can run its floor on to that hour unseen.
 */
public final class MessageFaults {

    /** A message held back: a late event (only {@code late} set) or a copy due later of {@code original}. */
    private record Held(long releaseMs, long order, FloorEvent late, SimulatedMessage copy, FloorEvent original) { }

    private static final long MINUTE_MS = 60_000;
    private static final long HOUR_MS = 3_600_000;
    /** Longer than any message is held back (late: 2 h, a copy: 3 h). */
    static final long HELD_AT_MOST_MS = 3 * HOUR_MS;

    private final FaultRates rates;
    private final MessageEncoder encoder;
    private final BadMessages badMessages;
    private final EventIds ids;
    private final long seed;
    private final PriorityQueue<Held> held =
            new PriorityQueue<>(Comparator.comparingLong(Held::releaseMs).thenComparingLong(Held::order));
    private final Map<MessageKind, FloorEvent> latest = new EnumMap<>(MessageKind.class);
    private SplittableRandom random;
    private long hour = Long.MIN_VALUE;
    private FloorEvent swapped;
    private long heldCount;
    private int nextCase;
    private int badInHour;

    public MessageFaults(FloorPlan plan, long seed, Instant start, Topics topics, FaultRates rates) {
        this(plan, seed, start, new MessageEncoder(topics), rates);
    }

    /** Faults whose messages {@code encoder} writes. */
    MessageFaults(FloorPlan plan, long seed, Instant start, MessageEncoder encoder, FaultRates rates) {
        this.rates = rates;
        this.encoder = encoder;
        this.badMessages = new BadMessages(plan, encoder);
        this.ids = new EventIds(seed, start);
        this.seed = seed;
    }

    /** Passes one event that happens at {@code now}; returns what goes out at that moment, in order. */
    public List<Outgoing> pass(FloorEvent event, Instant now) {
        List<Outgoing> out = new ArrayList<>();
        long eventHour = Math.floorDiv(now.toEpochMilli(), HOUR_MS);
        if (eventHour != hour) {
            startHour(eventHour, now, out);
        }
        while (!held.isEmpty() && held.peek().releaseMs() <= now.toEpochMilli()) {
            Held due = held.poll();
            if (due.late() != null) {
                out.add(Outgoing.fresh(encoder.encode(due.late()), now, due.late()));
            } else {
                out.add(Outgoing.duplicate(due.copy(), now, due.original()));
            }
        }
        latest.put(MessageEncoder.kindOf(event), event);
        if (random.nextDouble() < rates.late()) {
            hold(now, 1 + 119 * random.nextDouble(), event, null, null);
        } else if (swapped == null && random.nextDouble() < rates.swap()) {
            swapped = event;
        } else {
            send(event, now, out);
            if (swapped != null) {
                send(swapped, now, out);
                swapped = null;
            }
        }
        if (random.nextDouble() < rates.bad()) {
            out.add(nextBadMessage(now));
        }
        return out;
    }

    /** Sends the swapped event still waiting, if any, and starts the hour afresh. */
    private void startHour(long newHour, Instant now, List<Outgoing> out) {
        if (swapped != null) {
            send(swapped, now, out);
            swapped = null;
        }
        hour = newHour;
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + newHour);
        latest.clear();
        nextCase = 0;
        badInHour = 0;
    }

    /** Sends an event as new, perhaps followed (now or later) by a copy under the same id. */
    private void send(FloorEvent event, Instant now, List<Outgoing> out) {
        out.add(Outgoing.fresh(encoder.encode(event), now, event));
        if (random.nextDouble() < rates.duplicate()) {
            SimulatedMessage copy = random.nextBoolean() ? encoder.encode(event) : changed(event);
            if (random.nextBoolean()) {
                out.add(Outgoing.duplicate(copy, now, event));
            } else {
                hold(now, 1 + 179 * random.nextDouble(), null, copy, event);
            }
        }
    }

    /** A copy of the event that differs in one field other than the id and the key (still valid). */
    private SimulatedMessage changed(FloorEvent event) {
        MessageKind kind = MessageEncoder.kindOf(event);
        double change = kind == MessageKind.MOVE ? 1000 + random.nextInt(4000)
                : kind == MessageKind.HEAT ? 0.1 + random.nextDouble() : 1.01 + 0.04 * random.nextDouble();
        ObjectNode json = MessageEncoder.json(event);
        switch (kind) {
            case MOVE -> json.put("ts", MessageEncoder.timestamp(event.ts().plusMillis((long) change)));
            case HEAT -> json.put("celsius", round(json.get("celsius").asDouble() + change, 10));
            case ENERGY -> json.put("kw", round(json.get("kw").asDouble() * change, 100));
        }
        return encoder.message(event, MessageEncoder.key(event), json);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    private void hold(Instant now, double minutes, FloorEvent late, SimulatedMessage copy, FloorEvent original) {
        long releaseMs = now.toEpochMilli() + Math.round(minutes * MINUTE_MS);
        held.add(new Held(releaseMs, heldCount++, late, copy, original));
    }

    /** A broken message of the next quarantine case whose kind of event has been seen. */
    private Outgoing nextBadMessage(Instant now) {
        QuarantineCase[] cases = QuarantineCase.values();
        while (true) {
            QuarantineCase reason = cases[nextCase++ % cases.length];
            FloorEvent template = reason.madeFrom() == null ? anySeen() : latest.get(reason.madeFrom());
            if (template != null) {
                return badMessages.make(reason, template, ids.bad(hour, ++badInHour), now, random);
            }
        }
    }

    private FloorEvent anySeen() {
        List<FloorEvent> seen = List.copyOf(latest.values());
        return seen.get(random.nextInt(seen.size()));
    }
}
