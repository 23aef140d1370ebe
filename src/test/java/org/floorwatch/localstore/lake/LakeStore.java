package org.floorwatch.localstore.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.floorplan.event.EnergySample;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.floorplan.event.HeatReading;
import org.floorwatch.floorplan.event.PartMove;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.IngestBatch;

/**
 * A real store on the {@link SmallPlan} site (Europe/London, shifts 06-14-22-06), the export into a folder beside
 * it, and an in-memory DuckDB for reading the tables back with {@link DeltaReader}.
 */
final class LakeStore implements AutoCloseable {

    final FloorPlan plan = SmallPlan.plan();
    final Path lake;
    final Connection reader;
    private final FloorStore store;

    LakeStore(Path folder) {
        store = FloorStore.open(folder.resolve("data"));
        lake = folder.resolve("lake");
        try {
            reader = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    static PartMove move(String id, String ts, String part, String from, String to) {
        return new PartMove(id, at(ts), part, "WIDGET", from, to, null);
    }

    static PartMove failed(String id, String ts, String part, String from, String to, String error) {
        return new PartMove(id, at(ts), part, "WIDGET", from, to, error);
    }

    static HeatReading heat(String id, String ts, double celsius) {
        return new HeatReading(id, at(ts), "HS-PRESS", celsius);
    }

    static EnergySample energy(String id, String ts, String machine, double kwh) {
        return new EnergySample(id, at(ts), machine, kwh, kwh * 12);
    }

    void write(FloorEvent... events) {
        store.writer().write(IngestBatch.of(List.of(events)));
    }

    LakeExportResult export() {
        try (Connection connection = store.newReadConnection()) {
            return new LakeExport(connection, plan, lake).run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    DeltaReader table(LakeTable table) {
        return new DeltaReader(lake.resolve(table.folder()));
    }

    /** Loads the latest version of {@code table} as a temporary table of the same name in {@link #reader}. */
    void load(LakeTable table) {
        table(table).load(reader, table.folder());
    }

    FloorStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        try {
            reader.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
