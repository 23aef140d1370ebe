package org.floorwatch.localstore;

/** The next offset to read from one Kafka partition, stored with the events read before it. */
public record KafkaOffset(String topic, int partition, long nextOffset) { }
