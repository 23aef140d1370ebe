package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.ReportDocument.Column;

/**
 * Every stored move from {@code from} (included) to {@code to} (excluded), in time order (ties by id), one row each:
 * local time, part, product, from, to, error. Read from the store while the table is written: a streamed result
 * handed over in blocks by {@link RowBlocks}, so the heap holds a few blocks, never the table.
 */
public record MoveRows(Supplier<Connection> connections, Instant from, Instant to, ZoneId zone)
        implements TableRows {

    public static final List<Column> COLUMNS = List.of(Tables.dateTime("Time"), Tables.text("Part"),
            Tables.text("Product"), Tables.text("From"), Tables.text("To"), Tables.text("Error"));

    private static final String WHERE = " FROM moves WHERE ts >= make_timestamp(?::BIGINT)"
            + " AND ts < make_timestamp(?::BIGINT)";

    /**
     * The moves of a period's production days as a document: the cover (site, days, time zone, when made) and one
     * table "Moves", read from the store when it is written.
     */
    public static ReportDocument document(FloorPlan plan, ReportPeriod period, Supplier<Connection> connections,
                                          Instant generatedAt) {
        MoveRows rows = new MoveRows(connections, period.start(), period.end(), plan.timezone());
        return new ReportDocument("Moves", plan.site(), period.from(), period.to(), plan.timezone().getId(),
                generatedAt, List.of(new ReportDocument.Table("Moves", COLUMNS, rows, null)));
    }

    @Override
    public Cursor open() {
        Connection connection = connections.get();
        try {
            try (Statement sql = connection.createStatement()) {
                sql.execute("BEGIN TRANSACTION"); // the count and the rows see one state of the store
            }
            long count;
            try (PreparedStatement statement = prepare(connection, "SELECT count(*)" + WHERE);
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
            PreparedStatement statement = prepare(connection, "SELECT epoch_us(ts), part, type, from_station,"
                    + " to_station, error" + WHERE + " ORDER BY ts, id");
            return new RowBlocks(connection, statement, count, COLUMNS.size(), this::read);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("could not read the moves from the local store: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, UtcMicros.of(from));
        statement.setLong(2, UtcMicros.of(to));
        return statement;
    }

    private void read(ResultSet rs, Object[] cells) throws SQLException {
        Instant ts = UtcMicros.toInstant(rs.getLong(1));
        cells[0] = LocalDateTime.ofInstant(ts, zone);
        for (int c = 1; c < COLUMNS.size(); c++) {
            cells[c] = rs.getString(c + 1);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
