package org.floorwatch.ingest.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.ImportSummary;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.ingest.message.MessageKind;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.orders.OrderChange;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.localstore.orders.SourceMark;

/**
 * {@code import --jdbc}: one query read whole (no watermark) into the store, for a one-off load or an archive kept
 * in a database. Work and purchase orders are checked as polled rows are ({@link OrderRules}); moves, readings and
 * energy samples become the live message of contract section 3, one JSON object per row (timestamps without a zone
 * in the site's zone), and go through the same {@link MessageDecoder} and the same writer as Kafka and archives, so
 * they are checked and deduplicated with them. Rows that break a rule are quarantined under
 * {@code db:URL:KIND:...}, once however often the import runs.
 */
public final class JdbcImport {

    private static final int ROWS_PER_BATCH = 20_000;

    private final FloorPlan plan;
    private final EventWriter writer;
    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper json = new ObjectMapper();

    public JdbcImport(FloorPlan plan, EventWriter writer) {
        this.plan = plan;
        this.writer = writer;
    }

    /** The kinds {@code --kind} takes. */
    public static List<String> kinds() {
        return List.of("work-orders", "purchase-orders", "moves", "readings", "energy");
    }

    /**
     * Runs {@code query} once and stores its rows; returns what was stored.
     *
     * @throws DatabaseException if the database cannot be reached or the query fails (one line, no password)
     */
    public ImportSummary run(String url, String user, PasswordSource password, String kind, String query) {
        DatabaseLogin login = new DatabaseLogin(url, user, password);
        String source = JdbcUrls.withoutPassword(url);
        try (Connection connection = login.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.setFetchSize(1000);
            ResultRows rows = new ResultRows(statement.executeQuery(query), plan.timezone());
            ImportSummary summary = OrderKind.ofCode(kind).map(orders -> orders(rows, source, orders, query))
                    .orElseGet(() -> messages(rows, source, kind, query));
            connection.rollback();
            return summary;
        } catch (SQLException e) {
            throw login.failure(e);
        } catch (Unchecked e) {
            throw login.failure(e.getCause());
        }
    }

    private ImportSummary orders(ResultRows rows, String source, OrderKind kind, String query) {
        List<String> missing = rows.missing(OrderRules.COLUMNS.get(kind));
        if (!missing.isEmpty()) {
            throw new DatabaseException("the query gives no column(s) " + missing + " of " + kind.label() + "s", false);
        }
        OrderRules rules = new OrderRules(plan);
        return read(rows, kind.code(), query, (row, number, batch) -> {
            try {
                batch.changes.add(rules.change(kind, source, row));
            } catch (RejectedRow e) {
                batch.quarantined.add(quarantine(source, kind.code(), query, number, row, e.getMessage()));
            }
        }, source, kind);
    }

    private ImportSummary messages(ResultRows rows, String source, String kind, String query) {
        MessageKind message = switch (kind) {
            case "moves" -> MessageKind.MOVE;
            case "readings" -> MessageKind.HEAT;
            case "energy" -> MessageKind.ENERGY;
            default -> throw new IllegalArgumentException("--kind is one of " + kinds() + ", not '" + kind + "'");
        };
        MessageDecoder decoder = new MessageDecoder(plan);
        return read(rows, kind, query, (row, number, batch) -> {
            DecodedMessage decoded = decoder.decode(message, json(row));
            if (decoded.isAccepted()) {
                batch.events.add(decoded.event());
            } else {
                batch.quarantined.add(quarantine(source, kind, query, number, row, decoded.rejection()));
            }
        }, source, null);
    }

    private ImportSummary read(ResultRows rows, String kind, String query, RowTaker taker, String source,
                               OrderKind orders) {
        ImportSummary summary = new ImportSummary();
        try {
            Batch batch = new Batch();
            long number = 0;
            while (rows.next()) {
                taker.take(rows.row(), ++number, batch);
                if (batch.size() >= ROWS_PER_BATCH) {
                    summary.add(writer.write(batch.toIngest(null)));
                    batch = new Batch();
                }
            }
            SourceMark mark = orders == null ? null : new SourceMark(source, orders, null, null, clock.instant());
            summary.add(writer.write(batch.toIngest(mark)));
            return summary;
        } catch (SQLException e) {
            throw new Unchecked(e);
        }
    }

    /** The row as the live message's JSON: its columns as fields, timestamps as ISO-8601 with an offset. */
    private byte[] json(RowValues row) {
        ObjectNode node = json.createObjectNode();
        for (Map.Entry<String, Object> column : row.values().entrySet()) {
            Object value = column.getValue();
            String name = column.getKey();
            if (value == null) {
                node.putNull(name);
            } else if (value instanceof Long whole) {
                node.put(name, whole);
            } else if (value instanceof Double real) {
                node.put(name, real);
            } else if (value instanceof BigDecimal decimal) {
                node.put(name, decimal);
            } else if (value instanceof LocalDateTime local) {
                node.put(name, ZonedDateTime.of(local, plan.timezone()).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } else if (value instanceof OffsetDateTime zoned) {
                node.put(name, zoned.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } else {
                node.put(name, value.toString());
            }
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private QuarantinedRecord quarantine(String source, String kind, String query, long number, RowValues row,
                                         String reason) {
        String place = Integer.toHexString(query.strip().hashCode()) + ":" + number;
        return new QuarantinedRecord("db:" + source + ":" + kind + ":" + place, "database " + source,
                kind.toLowerCase(Locale.ROOT) + " row " + number, row.toString(), reason, clock.instant());
    }

    /** Takes one row into the batch being filled. */
    @FunctionalInterface
    private interface RowTaker {
        void take(RowValues row, long number, Batch batch);
    }

    /** The rows of one store batch. */
    private static final class Batch {
        final List<FloorEvent> events = new ArrayList<>();
        final List<OrderChange> changes = new ArrayList<>();
        final List<QuarantinedRecord> quarantined = new ArrayList<>();

        int size() {
            return events.size() + changes.size() + quarantined.size();
        }

        IngestBatch toIngest(SourceMark mark) {
            return new IngestBatch(events, quarantined, List.of(), changes, mark == null ? List.of() : List.of(mark));
        }
    }

    /** A driver failure while rows are read, carried out of the lambdas. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
