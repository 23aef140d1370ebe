package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Instant;
import org.floorwatch.localstore.UtcMicros;

/**
 * How far back a report's figures need the moves: from the first move of the earliest part still moving at or after
 * the period's start (the writer's {@code part_spans}), or the period's start if that is earlier. A part's entry (lead
 * time), its latest move into a station (cycle time) and its first inspection ever (first-pass yield) are moves of
 * a part that moves in the period, so they all lie in {@code [since, end)}: the figures are those of all history,
 * read from a few hours of it.
 */
final class PartHistory {

    private static final String SINCE = """
            SELECT epoch_us(least(coalesce(min(first_ts), make_timestamp(?::BIGINT)), make_timestamp(?::BIGINT)))
            FROM part_spans WHERE last_ts >= make_timestamp(?::BIGINT)""";

    private PartHistory() {
    }

    /** The first instant whose moves a figure over a period starting at {@code start} may need. */
    static Instant since(Connection connection, Instant start) {
        return UtcMicros.toInstant(Query.of(SINCE, start, start, start).one(connection, rs -> rs.getLong(1)));
    }
}
