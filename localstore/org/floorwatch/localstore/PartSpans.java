package org.floorwatch.localstore;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * Each part's first and last stored move, kept by the single writer in the same transaction as the moves (table
 * {@code part_spans(part, first_ts, last_ts)}), beside the {@link WipCheckpoints}. A report's figures that reach back
 * before its period (a part's entry for its lead time, its latest move into a station for a cycle time, its first
 * inspection ever) only ever need the moves of the parts that move in the period, so they read the moves from the
 * earliest {@code first_ts} of the parts whose {@code last_ts} is at or after the period's start: one lookup instead
 * of all history, and exact, whatever order the moves came in.
 *
 * <p>A batch's new moves (the rows its staging table inserted) widen their parts' spans: a move days late that is
 * older than its part's first move moves {@code first_ts} back at once. Moves without a part are left out (no part,
 * no figure reaches back for it). An update of the known parts that widen and an insert of the new ones, with no
 * key on {@code part} (the single writer adds a part once): an {@code INSERT ... ON CONFLICT} per batch cost as much as
 * storing the batch's moves.
 */
final class PartSpans {

    /** Schema step: the table, filled from the moves already stored. */
    static final String CREATE = """
            CREATE TABLE part_spans(part VARCHAR NOT NULL, first_ts TIMESTAMP NOT NULL, last_ts TIMESTAMP NOT NULL)""";

    static final String FILL_FROM_ALL_MOVES = """
            INSERT INTO part_spans SELECT part, min(ts), max(ts) FROM moves WHERE part IS NOT NULL GROUP BY part""";

    private static final String BATCH = "(SELECT part, min(ts) AS first_ts, max(ts) AS last_ts FROM #stage# "
            + "WHERE part IS NOT NULL GROUP BY part)";

    /** Widens the spans of the parts already known that the batch moves before or after them. */
    private static final String WIDEN = """
            UPDATE part_spans SET first_ts = least(part_spans.first_ts, b.first_ts),
                                  last_ts = greatest(part_spans.last_ts, b.last_ts)
            FROM #batch# b
            WHERE part_spans.part = b.part AND (b.first_ts < part_spans.first_ts OR b.last_ts > part_spans.last_ts)""";

    /** Adds the parts seen for the first time. */
    private static final String ADD_NEW = "INSERT INTO part_spans SELECT b.* FROM #batch# b ANTI JOIN part_spans s ON s.part = b.part";

    private PartSpans() {
    }

    /** Widens the spans of the parts of the moves just inserted from {@code stage}, inside the caller's transaction. */
    static void add(DuckDBConnection connection, String stage) throws SQLException {
        String batch = BATCH.replace("#stage#", stage);
        try (Statement sql = connection.createStatement()) {
            sql.execute(WIDEN.replace("#batch#", batch));
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(ADD_NEW.replace("#batch#", batch));
        }
    }
}
