package org.floorwatch.localstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.floorwatch.floorplan.event.EnergySample;

/** Machine energy samples, in table {@code energy_samples}. */
final class EnergyTable extends EventTable<EnergySample> {

    EnergyTable() {
        super("energy_samples", EnergySample.class, "machine, kwh, kw");
    }

    @Override
    void appendPayload(DuckDBAppender appender, EnergySample sample) throws SQLException {
        appender.append(sample.machine()).append(sample.kwh()).append(sample.kw());
    }

    @Override
    EnergySample read(ResultSet row) throws SQLException {
        return new EnergySample(row.getString("id"), UtcMicros.toInstant(row.getLong("ts_us")),
                row.getString("machine"), row.getDouble("kwh"), row.getDouble("kw"));
    }
}
