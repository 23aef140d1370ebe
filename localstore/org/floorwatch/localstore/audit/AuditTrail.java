package org.floorwatch.localstore.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.Query;

/**
 * The audit trail in the store: who did what and when (acknowledgements, shelvings, shift notes, imports). A line is
 * written by the code that does the act, on the writer's connection inside the act's own transaction, so the act
 * and its line are stored together or not at all. Lines are never changed; {@code seq} keeps the order written.
 */
public final class AuditTrail {

    private static final String SELECT = "SELECT epoch_us(done_at), by_name, login, action, subject, detail FROM audit_trail";

    private AuditTrail() {
    }

    /** Adds {@code entry}; call with the writer's connection, inside the transaction of the act it records. */
    public static void record(Connection writerConnection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = writerConnection.prepareStatement("INSERT INTO audit_trail SELECT "
                + "coalesce(max(seq), 0) + 1, make_timestamp(?::BIGINT), ?, ?, ?, ?, ? FROM audit_trail")) {
            insert.setLong(1, UtcMicros.of(entry.at()));
            insert.setString(2, entry.by());
            insert.setString(3, entry.login());
            insert.setString(4, entry.action().word());
            insert.setString(5, entry.subject());
            insert.setString(6, entry.detail());
            insert.executeUpdate();
        }
    }

    /** The lines stamped in [from, to), in the order written. */
    public static List<AuditEntry> between(Connection connection, Instant from, Instant to) {
        return Query.of(SELECT + " WHERE done_at >= make_timestamp(?::BIGINT) AND done_at < make_timestamp(?::BIGINT) ORDER BY seq",
                from, to).list(connection, AuditTrail::read);
    }

    /** The {@code limit} lines written last, newest first. */
    public static List<AuditEntry> latest(Connection connection, int limit) {
        return Query.of(SELECT + " ORDER BY seq DESC LIMIT ?", (long) limit).list(connection, AuditTrail::read);
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(UtcMicros.toInstant(rs.getLong(1)), rs.getString(2), rs.getString(3),
                AuditAction.ofWord(rs.getString(4)), rs.getString(5), rs.getString(6));
    }
}
