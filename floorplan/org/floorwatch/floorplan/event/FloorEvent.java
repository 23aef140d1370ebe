package org.floorwatch.floorplan.event;

import java.time.Instant;

/** One accepted live event from the floor: a part move, a temperature reading or an energy sample. */
public sealed interface FloorEvent permits PartMove, HeatReading, EnergySample {

    /** The event's unique id; two messages with the same id are one event. */
    String id();

    /** When it happened on the floor (never when it arrived). */
    Instant ts();
}
