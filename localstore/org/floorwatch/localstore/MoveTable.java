package org.floorwatch.localstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.floorwatch.floorplan.event.PartMove;

/** Part moves, in table {@code moves}. */
final class MoveTable extends EventTable<PartMove> {

    MoveTable() {
        super("moves", PartMove.class, "part, type, from_station, to_station, error");
    }

    @Override
    void appendPayload(DuckDBAppender appender, PartMove move) throws SQLException {
        appender.append(move.part()).append(move.type()).append(move.from()).append(move.to()).append(move.error());
    }

    @Override
    PartMove read(ResultSet row) throws SQLException {
        return new PartMove(row.getString("id"), UtcMicros.toInstant(row.getLong("ts_us")), row.getString("part"),
                row.getString("type"), row.getString("from_station"), row.getString("to_station"),
                row.getString("error"));
    }
}
