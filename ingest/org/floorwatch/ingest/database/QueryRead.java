package org.floorwatch.ingest.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.localstore.orders.SourceMark;

/**
 * One poll of one query, read as store batches of up to {@code chunk} rows, each carrying the watermark of its last
 * row: committing a batch moves the watermark exactly as far as the rows it stores, so a poll stopped anywhere (a
 * kill, a lost connection) resumes after the last batch committed. The last batch may be empty: it records the
 * poll. A row that breaks a rule is quarantined under {@code db:SOURCE:KIND:KEY@UPDATED_AT}, so reading the same
 * version again quarantines it once.
 */
final class QueryRead implements AutoCloseable {

    private final String source;
    private final OrderKind kind;
    private final OrderRules rules;
    private final Clock clock;
    private final int chunk;
    private final PreparedStatement statement;
    private final ResultRows rows;
    private Watermark watermark;
    private boolean done;

    QueryRead(String source, OrderKind kind, OrderRules rules, Clock clock, int chunk, PreparedStatement statement,
              Watermark after) throws SQLException {
        this.source = source;
        this.kind = kind;
        this.rules = rules;
        this.clock = clock;
        this.chunk = chunk;
        this.statement = statement;
        this.rows = new ResultRows(statement.executeQuery(), rules.plan().timezone());
        this.watermark = after;
    }

    /** Starts a poll of {@code query} after {@code after} (null: from the start) on {@code connection}. */
    static QueryRead start(Connection connection, String source, OrderKind kind, String query, OrderRules rules,
                           Clock clock, java.time.Duration settle, boolean zoned, Watermark after, int chunk)
            throws SQLException {
        Instant settled = clock.instant().minus(settle);
        PreparedStatement statement = PollQuery.prepare(connection, query, kind.keyColumn(), after, zoned, settled,
                rules.plan().timezone());
        statement.setFetchSize(chunk);
        try {
            return new QueryRead(source, kind, rules, clock, chunk, statement, after);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The next batch to store, or null once the poll has been read to its end. */
    IngestBatch next() throws SQLException {
        if (done) {
            return null;
        }
        List<OrderChange> changes = new ArrayList<>();
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        Instant now = clock.instant();
        while (changes.size() + quarantined.size() < chunk) {
            if (!rows.next()) {
                done = true;
                break;
            }
            RowValues row = rows.row();
            watermark = new Watermark(rows.timestamp("updated_at"), row.text(kind.keyColumn()));
            try {
                changes.add(rules.change(kind, source, row));
            } catch (RejectedRow e) {
                quarantined.add(quarantine(row, e.getMessage(), now));
            }
        }
        SourceMark mark = new SourceMark(source, kind, watermark == null ? null : watermark.text(),
                watermark == null ? null : watermark.key(), now);
        return new IngestBatch(List.of(), quarantined, List.of(), changes, List.of(mark));
    }

    private QuarantinedRecord quarantine(RowValues row, String reason, Instant now) {
        String key = watermark.key() + "@" + watermark.text();
        return new QuarantinedRecord("db:" + source + ":" + kind.code() + ":" + key, "database " + source,
                kind.label() + " " + watermark.key() + " updated " + watermark.text(), row.toString(), reason, now);
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
