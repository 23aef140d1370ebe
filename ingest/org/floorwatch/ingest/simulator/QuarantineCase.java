package org.floorwatch.ingest.simulator;

import org.floorwatch.ingest.message.MessageKind;

/**
 * Every reason of contract section 3 for which a live message is quarantined, with the kind of event
 * a broken message of that reason is made from (null: any kind).
 */
public enum QuarantineCase {
    NOT_JSON(null),
    MISSING_FIELD(null),
    WRONG_TYPE(null),
    UNKNOWN_STATION(MessageKind.MOVE),
    UNKNOWN_SENSOR(MessageKind.HEAT),
    UNKNOWN_MACHINE(MessageKind.ENERGY),
    FROM_EQUALS_TO(MessageKind.MOVE),
    NEGATIVE_KWH(MessageKind.ENERGY);

    private final MessageKind madeFrom;

    QuarantineCase(MessageKind madeFrom) {
        this.madeFrom = madeFrom;
    }

    /** The kind of event this case is made from, or null when any kind will do. */
    MessageKind madeFrom() {
        return madeFrom;
    }
}
