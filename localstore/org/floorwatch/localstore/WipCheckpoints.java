package org.floorwatch.localstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * WIP checkpoints, kept by the single writer in the same transaction as the moves they count: table
 * {@code wip_checkpoints(midnight, station, wip)} holds, for every UTC midnight from the first one after the
 * earliest stored move to the first one after the latest, each station's moves in minus moves out with
 * {@code ts < midnight} (every station seen in a move, exit and scrap included). So WIP at any instant is the checkpoint
 * at or before it plus at most one day of moves, and a report over a day no longer reads all history.
 *
 * <p>UTC midnights, not production days: the checkpoints depend on the stored moves alone, never on the plan in
 * force (its time zone and shifts may change), and any production day starts at most a day after one of them.
 *
 * <p>A batch's new moves (the rows its staging table inserted) are added to every checkpoint after them, so a move
 * that arrives days late updates every later checkpoint at once; checkpoints missing before the first or after the
 * last are then made from the nearest one and the moves between.
 */
final class WipCheckpoints {

    /** The moves of a table or staging table as signed changes per station and the checkpoint they first count in. */
    private static final String DAY_DELTAS = """
            SELECT station, date_trunc('day', ts) + INTERVAL 1 DAY AS midnight, sum(d) AS d FROM (
                SELECT to_station AS station, ts, 1 AS d FROM #moves# WHERE #when#
                UNION ALL
                SELECT from_station, ts, -1 FROM #moves# WHERE from_station IS NOT NULL AND #when#)
            GROUP BY ALL""";

    /** Schema step: the table, filled from the moves already stored. */
    static final String CREATE = """
            CREATE TABLE wip_checkpoints(midnight TIMESTAMP, station VARCHAR, wip BIGINT NOT NULL,
                PRIMARY KEY(midnight, station))""";

    static final String FILL_FROM_ALL_MOVES = """
            INSERT INTO wip_checkpoints
            WITH deltas AS (#deltas#),
                 days AS (SELECT unnest(generate_series(min(midnight), max(midnight), INTERVAL 1 DAY)) AS midnight FROM deltas),
                 grid AS (SELECT days.midnight, s.station, coalesce(x.d, 0) AS d
                          FROM days CROSS JOIN (SELECT DISTINCT station FROM deltas) s
                          LEFT JOIN deltas x ON x.station = s.station AND x.midnight = days.midnight)
            SELECT midnight, station, sum(d) OVER (PARTITION BY station ORDER BY midnight) FROM grid"""
            .replace("#deltas#", deltas("moves", "TRUE"));

    /** Adds the batch's changes to every existing checkpoint after them. */
    private static final String ADD_TO_LATER = """
            INSERT INTO wip_checkpoints
            SELECT c.midnight, x.station, sum(x.d)
            FROM (SELECT DISTINCT midnight FROM wip_checkpoints) c JOIN (#deltas#) x ON x.midnight <= c.midnight
            GROUP BY ALL
            ON CONFLICT (midnight, station) DO UPDATE SET wip = wip + excluded.wip""";

    /** Checkpoints after the last one ({@code $1}, or none: then the first midnight before every move) up to $2. */
    private static final String EXTEND_FORWARD = """
            INSERT INTO wip_checkpoints
            WITH base AS (SELECT station, wip FROM wip_checkpoints WHERE midnight = make_timestamp($1::BIGINT)),
                 deltas AS (#deltas#),
                 days AS (SELECT unnest(generate_series(make_timestamp($1::BIGINT) + INTERVAL 1 DAY,
                                                        make_timestamp($2::BIGINT), INTERVAL 1 DAY)) AS midnight),
                 grid AS (SELECT days.midnight, s.station, coalesce(x.d, 0) AS d
                          FROM days CROSS JOIN (SELECT station FROM base UNION SELECT station FROM deltas) s
                          LEFT JOIN deltas x ON x.station = s.station AND x.midnight = days.midnight)
            SELECT g.midnight, g.station, coalesce(b.wip, 0) + sum(g.d) OVER (PARTITION BY g.station ORDER BY g.midnight)
            FROM grid g LEFT JOIN base b ON b.station = g.station"""
            .replace("#deltas#", deltas("moves", "ts >= make_timestamp($1::BIGINT)"));

    /** Checkpoints from $1 up to the day before the first one ($2): the first one minus the moves between. */
    private static final String EXTEND_BACKWARD = """
            INSERT INTO wip_checkpoints
            WITH base AS (SELECT station, wip FROM wip_checkpoints WHERE midnight = make_timestamp($2::BIGINT)),
                 deltas AS (#deltas#),
                 days AS (SELECT unnest(generate_series(make_timestamp($1::BIGINT),
                                                        make_timestamp($2::BIGINT) - INTERVAL 1 DAY, INTERVAL 1 DAY)) AS midnight),
                 grid AS (SELECT days.midnight, s.station, coalesce(x.d, 0) AS d
                          FROM days CROSS JOIN (SELECT station FROM base UNION SELECT station FROM deltas) s
                          LEFT JOIN deltas x ON x.station = s.station AND x.midnight = days.midnight + INTERVAL 1 DAY)
            SELECT g.midnight, g.station, coalesce(b.wip, 0) - coalesce(sum(g.d) OVER (PARTITION BY g.station ORDER BY g.midnight
                   DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0)
            FROM grid g LEFT JOIN base b ON b.station = g.station"""
            .replace("#deltas#", deltas("moves",
                    "ts >= make_timestamp($1::BIGINT) AND ts < make_timestamp($2::BIGINT)"));

    private static final String RANGES = """
            SELECT epoch_us(min(midnight)), epoch_us(max(midnight)),
                   (SELECT epoch_us(date_trunc('day', min(ts)) + INTERVAL 1 DAY) FROM #stage#),
                   (SELECT epoch_us(date_trunc('day', max(ts)) + INTERVAL 1 DAY) FROM #stage#)
            FROM wip_checkpoints""";

    private static final long DAY_MICROS = 86_400_000_000L;

    private WipCheckpoints() {
    }

    /**
     * Counts the moves just inserted from {@code stage} (a staging table holding exactly those rows) in the
     * checkpoints, inside the caller's transaction.
     */
    static void add(DuckDBConnection connection, String stage) throws SQLException {
        long first;
        long last;
        long batchFirst;
        long batchLast;
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery(RANGES.replace("#stage#", stage))) {
            rs.next();
            batchFirst = rs.getLong(3);
            if (rs.wasNull()) {
                return;
            }
            batchLast = rs.getLong(4);
            first = rs.getLong(1);
            boolean none = rs.wasNull();
            last = rs.getLong(2);
            if (none) {
                first = batchFirst;
                last = batchFirst - DAY_MICROS;
            }
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(ADD_TO_LATER.replace("#deltas#", deltas(stage, "TRUE")));
        }
        if (batchLast > last) {
            run(connection, EXTEND_FORWARD, last, batchLast);
        }
        if (batchFirst < first) {
            run(connection, EXTEND_BACKWARD, batchFirst, first);
        }
    }

    private static void run(DuckDBConnection connection, String sql, long one, long two) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, one);
            statement.setLong(2, two);
            statement.execute();
        }
    }

    private static String deltas(String moves, String when) {
        return DAY_DELTAS.replace("#moves#", moves).replace("#when#", when);
    }
}
