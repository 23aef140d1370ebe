package org.floorwatch.localstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.floorwatch.floorplan.event.HeatReading;

/** Heat sensor readings, in table {@code heat_readings}. */
final class HeatTable extends EventTable<HeatReading> {

    HeatTable() {
        super("heat_readings", HeatReading.class, "sensor, celsius");
    }

    @Override
    void appendPayload(DuckDBAppender appender, HeatReading reading) throws SQLException {
        appender.append(reading.sensor()).append(reading.celsius());
    }

    @Override
    HeatReading read(ResultSet row) throws SQLException {
        return new HeatReading(row.getString("id"), UtcMicros.toInstant(row.getLong("ts_us")),
                row.getString("sensor"), row.getDouble("celsius"));
    }
}
