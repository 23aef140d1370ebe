package org.floorwatch.localstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The floor plan in force for a data folder, kept in the store as the JSON it was read from, so commands
 * without {@code --plan} (reports, the app) use the plan the data was taken with.
 */
public final class SitePlanStore {

    private SitePlanStore() {
    }

    /** The plan JSON last saved, if any. */
    public static Optional<String> load(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT json FROM site_plan WHERE id = 1");
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("could not read the floor plan in force: " + e.getMessage(), e);
        }
    }

    /** Makes {@code json} (already validated) the plan in force, through the single writer. */
    public static CompletableFuture<Void> save(EventWriter writer, String json, String source) {
        return writer.submitWork("the floor plan from " + source, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT OR REPLACE INTO site_plan(id, json, source, loaded_at) VALUES (1, ?, ?, make_timestamp(?::BIGINT))")) {
                statement.setString(1, json);
                statement.setString(2, source);
                Instant now = Instant.now();
                statement.setLong(3, UtcMicros.of(now));
                statement.executeUpdate();
            }
            return null;
        });
    }
}
