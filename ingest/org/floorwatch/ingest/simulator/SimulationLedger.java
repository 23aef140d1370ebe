package org.floorwatch.ingest.simulator;

import java.util.EnumMap;
import java.util.Map;
import org.floorwatch.ingest.message.MessageKind;

/**
 * What a simulation run has sent: new events by kind, duplicates and quarantine cases by reason. A
 * consumer of the whole stream must end with new = {@link #newEvents()}, duplicate =
 * {@link #duplicates()} and quarantined = {@link #quarantined()}. Filled by the thread that sends.
 */
public final class SimulationLedger {

    private final Map<MessageKind, Long> newByKind = new EnumMap<>(MessageKind.class);
    private final Map<QuarantineCase, Long> quarantinedByCase = new EnumMap<>(QuarantineCase.class);
    private long duplicates;

    /** Books one message as sent. */
    public void record(Outgoing outgoing) {
        switch (outgoing.verdict()) {
            case NEW -> newByKind.merge(MessageEncoder.kindOf(outgoing.event()), 1L, Long::sum);
            case DUPLICATE -> duplicates++;
            case QUARANTINED -> quarantinedByCase.merge(outgoing.quarantineCase(), 1L, Long::sum);
        }
    }

    public long sent() {
        return newEvents() + duplicates + quarantined();
    }

    /** Unique valid events sent. */
    public long newEvents() {
        return newByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long newEvents(MessageKind kind) {
        return newByKind.getOrDefault(kind, 0L);
    }

    /** Copies of events already sent, under the same id. */
    public long duplicates() {
        return duplicates;
    }

    public long quarantined() {
        return quarantinedByCase.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<QuarantineCase, Long> quarantinedByCase() {
        return Map.copyOf(quarantinedByCase);
    }

    @Override
    public String toString() {
        return "sent " + sent() + ": " + newEvents() + " new " + newByKind + ", " + duplicates + " duplicate, "
                + quarantined() + " quarantined " + quarantinedByCase;
    }
}
