package org.floorwatch.ingest.simulator;

/** One Kafka message as the simulator sends it: topic, key (part, sensor or machine id) and JSON value. */
public record SimulatedMessage(String topic, String key, String value) { }
