package org.floorwatch.views.floor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.broker.EmbeddedBroker;
import org.floorwatch.ingest.kafka.KafkaIngest;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.StreamSettings;
import org.floorwatch.ingest.simulator.StreamSimulator;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.live.LiveFloorFeed;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.IngestStatus;

/**
 * A real floor for screen tests: the small plan's simulated stream (faults on) sent to a real broker and read by
 * the real ingest into a real store, with the live feed on top. {@link #expected} answers from the store's own
 * rows, by SQL written apart from the screens' queries.
 */
final class StoredFloor implements AutoCloseable {

    static final FloorPlan PLAN = SmallPlan.plan();
    /** 03:00 London in winter: the production day (from 06:00) begins during the stream. */
    static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

    final FloorStore store;
    final LiveFloorFeed feed;
    final IngestStatus status = new IngestStatus();

    private StoredFloor(FloorStore store, LiveFloorFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    /** Sends {@code messages} of the simulated floor to {@code broker} and stores them all in {@code data}. */
    static StoredFloor load(EmbeddedBroker broker, String topicPrefix, int messages, Path data) {
        Topics topics = Topics.withPrefix(topicPrefix);
        broker.createTopics(topics.all(), 1);
        new StreamSimulator(PLAN, StreamSettings.defaults(broker.bootstrapServers()).withTopics(topics).withSeed(5)
                .withFaults(true).withStart(START).withRate(0)).run(messages, null, () -> false);
        FloorStore store = FloorStore.open(data);
        LiveFloorFeed feed = new LiveFloorFeed(PLAN, store, Duration.ofMillis(100));
        StoredFloor floor = new StoredFloor(store, feed);
        try (KafkaIngest ingest = floor.ingest(KafkaSettings.plain(broker.bootstrapServers(), topics))) {
            ingest.run(Duration.ofSeconds(2));
        }
        feed.snapshotNow();
        return floor;
    }

    KafkaIngest ingest(KafkaSettings settings) {
        return new KafkaIngest(settings, new MessageDecoder(PLAN), store.writer(), store.reader(),
                broker -> status.brokerChanged(broker.online(), broker.since()));
    }

    FloorSources sources() {
        return new FloorSources(PLAN, store, feed, status, FloorClock.wall());
    }

    /** One row of numbers from the store. */
    long[] expected(String sql, Object... parameters) throws SQLException {
        try (Connection connection = store.newReadConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof Instant t ? micros(t) : value);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long[] row = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Math.round(rs.getDouble(i + 1));
                }
                return row;
            }
        }
    }

    Map<String, Long> wipNow() {
        return store.reader().wipByStation();
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    @Override
    public void close() {
        feed.close();
        store.close();
    }
}
