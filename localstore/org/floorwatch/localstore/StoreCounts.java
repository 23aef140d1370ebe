package org.floorwatch.localstore;

/** How many rows the local store holds, by kind. */
public record StoreCounts(long moves, long heatReadings, long energySamples, long quarantined) { }
