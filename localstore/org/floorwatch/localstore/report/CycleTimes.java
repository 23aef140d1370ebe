package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalDouble;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;

/**
 * A station's average cycle time from the stored moves (contract section 5, {@code avg_cycle_s}): the mean, over
 * moves out of it in a period, of the time since that part last moved into it. Moves out with no move in before
 * them (the part came before the history) are left out.
 */
public final class CycleTimes {

    private static final String SQL = """
            WITH outs AS (
                SELECT part, from_station AS station, ts FROM moves
                WHERE from_station = ? AND ts >= make_timestamp(?::BIGINT) AND ts < make_timestamp(?::BIGINT))
            SELECT avg(epoch_us(o.ts) - epoch_us(i.ts)) / 1e6
            FROM outs o ASOF JOIN moves i ON o.part = i.part AND o.station = i.to_station AND o.ts >= i.ts""";

    private CycleTimes() {
    }

    /** The mean cycle in seconds of moves out of {@code station} with {@code from <= ts < to}; empty with none. */
    public static OptionalDouble average(Connection connection, String station, Instant from, Instant to) {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, station);
            statement.setLong(2, UtcMicros.of(from));
            statement.setLong(3, UtcMicros.of(to));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                double seconds = rs.getDouble(1);
                return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(seconds);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the cycle times of " + station + ": " + e.getMessage(), e);
        }
    }
}
