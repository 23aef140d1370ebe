package org.floorwatch.ingest.simulator;

import java.time.Instant;
import org.floorwatch.floorplan.event.FloorEvent;

/**
 * A message on its way out and what a consumer that follows the contract must make of it.
 *
 * @param message         what is sent
 * @param sendAt          the simulated instant at which it is sent (later than the event's ts when held back)
 * @param verdict         new event, duplicate of one sent before, or quarantined
 * @param event           the event it carries (for a duplicate, the original); null when quarantined
 * @param quarantineCase  why it must be quarantined; null otherwise
 */
public record Outgoing(SimulatedMessage message, Instant sendAt, Verdict verdict, FloorEvent event,
                       QuarantineCase quarantineCase) {

    /** What a consumer must do with the message. */
    public enum Verdict { NEW, DUPLICATE, QUARANTINED }

    static Outgoing fresh(SimulatedMessage message, Instant sendAt, FloorEvent event) {
        return new Outgoing(message, sendAt, Verdict.NEW, event, null);
    }

    static Outgoing duplicate(SimulatedMessage message, Instant sendAt, FloorEvent original) {
        return new Outgoing(message, sendAt, Verdict.DUPLICATE, original, null);
    }

    static Outgoing quarantined(SimulatedMessage message, Instant sendAt, QuarantineCase reason) {
        return new Outgoing(message, sendAt, Verdict.QUARANTINED, null, reason);
    }
}
