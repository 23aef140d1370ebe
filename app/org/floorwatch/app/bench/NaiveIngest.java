package org.floorwatch.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.MessageKind;

/**
 * The naive ingest a first attempt would write: a consumer reads the records, the same decoder parses them, and
 * each row goes into DuckDB through a JDBC {@code PreparedStatement} ({@code INSERT OR IGNORE}, so a repeated id
 * is dropped by the primary key) with {@code addBatch}, then {@code executeBatch} and a commit every
 * {@link #BATCH} records; rejected records go to a quarantine table the same way. No Kafka offsets are stored,
 * which only helps it. It stops after {@code budget} when it has not read every record by then: its rate is then
 * that of the slice it did, on a table that was still small (flattering to it).
 */
final class NaiveIngest {

    /** Records per executeBatch and commit. */
    static final int BATCH = 1_000;

    private final FloorPlan plan;
    private final long messages;
    private final Duration budget;

    NaiveIngest(FloorPlan plan, long messages, Duration budget) {
        this.plan = plan;
        this.messages = messages;
        this.budget = budget;
    }

    /** What one run did: records read and stored (or quarantined) and the seconds it took. */
    record Run(long records, double seconds) {

        double perSecond() {
            return records / seconds;
        }
    }

    Run run(KafkaSettings settings, Path dataDir) throws SQLException, IOException {
        Files.createDirectories(dataDir);
        MessageDecoder decoder = new MessageDecoder(plan);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve("naive.duckdb"));
             KafkaConsumer<byte[], byte[]> consumer = BaselineConsumers.fromBeginning(settings)) {
            createTables(db);
            db.setAutoCommit(false);
            try (PreparedStatement moves = db.prepareStatement("INSERT OR IGNORE INTO moves VALUES "
                    + "(?, make_timestamp(?::BIGINT), ?, ?, ?, ?, ?)");
                 PreparedStatement heat = db.prepareStatement("INSERT OR IGNORE INTO heat_readings VALUES "
                         + "(?, make_timestamp(?::BIGINT), ?, ?)");
                 PreparedStatement energy = db.prepareStatement("INSERT OR IGNORE INTO energy_samples VALUES "
                         + "(?, make_timestamp(?::BIGINT), ?, ?, ?)");
                 PreparedStatement quarantine = db.prepareStatement("INSERT OR IGNORE INTO quarantine VALUES "
                         + "(?, ?, ?)")) {
                List<PreparedStatement> all = List.of(moves, heat, energy, quarantine);
                long read = 0;
                long start = System.nanoTime();
                long deadline = start + budget.toNanos();
                polling:
                while (read < messages) {
                    for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
                        MessageKind kind = settings.topics().kindOf(rec.topic()).orElseThrow();
                        DecodedMessage decoded = decoder.decode(kind, rec.value());
                        if (decoded.isAccepted()) {
                            bind(decoded.event(), moves, heat, energy);
                        } else {
                            quarantine.setString(1, rec.topic() + "/" + rec.partition() + "/" + rec.offset());
                            quarantine.setString(2, decoded.rejection());
                            quarantine.setBytes(3, rec.value());
                            quarantine.addBatch();
                        }
                        if (++read % BATCH == 0) {
                            flush(db, all);
                            if (System.nanoTime() - deadline > 0) {
                                break polling;
                            }
                        }
                    }
                }
                flush(db, all);
                return new Run(read, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static void createTables(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE moves(id VARCHAR PRIMARY KEY, ts TIMESTAMP, part VARCHAR, type VARCHAR, "
                    + "from_station VARCHAR, to_station VARCHAR, error VARCHAR)");
            sql.execute("CREATE TABLE heat_readings(id VARCHAR PRIMARY KEY, ts TIMESTAMP, sensor VARCHAR, celsius DOUBLE)");
            sql.execute("CREATE TABLE energy_samples(id VARCHAR PRIMARY KEY, ts TIMESTAMP, machine VARCHAR, "
                    + "kwh DOUBLE, kw DOUBLE)");
            sql.execute("CREATE TABLE quarantine(source_key VARCHAR PRIMARY KEY, reason VARCHAR, raw BLOB)");
        }
    }

    private static void bind(FloorEvent event, PreparedStatement moves, PreparedStatement heat,
                             PreparedStatement energy) throws SQLException {
        PreparedStatement into;
        if (event instanceof PartMove move) {
            moves.setString(3, move.part());
            moves.setString(4, move.type());
            moves.setString(5, move.from());
            moves.setString(6, move.to());
            moves.setString(7, move.error());
            into = moves;
        } else if (event instanceof HeatReading reading) {
            heat.setString(3, reading.sensor());
            heat.setDouble(4, reading.celsius());
            into = heat;
        } else {
            EnergySample sample = (EnergySample) event;
            energy.setString(3, sample.machine());
            energy.setDouble(4, sample.kwh());
            energy.setDouble(5, sample.kw());
            into = energy;
        }
        into.setString(1, event.id());
        into.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, event.ts()));
        into.addBatch();
    }

    private static void flush(Connection db, List<PreparedStatement> statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        db.commit();
    }
}
