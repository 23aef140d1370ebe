package org.floorwatch.ingest.message;

import org.floorwatch.floorplan.event.FloorEvent;

/** What one raw message became: an accepted event, or the reason it is quarantined. Exactly one is set. */
public record DecodedMessage(FloorEvent event, String rejection) {

    static DecodedMessage accepted(FloorEvent event) {
        return new DecodedMessage(event, null);
    }

    static DecodedMessage rejected(String reason) {
        return new DecodedMessage(null, reason);
    }

    public boolean isAccepted() {
        return event != null;
    }
}
