package org.floorwatch.localstore.read;

import java.sql.Connection;
import java.sql.SQLException;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;

/** One read on its own connection of the store, opened and closed around it; SQL failures become {@link StoreException}. */
final class StoreReads {

    /** A read that needs a connection. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    private StoreReads() {
    }

    static <T> T read(FloorStore store, String what, Read<T> read) {
        try (Connection connection = store.newReadConnection()) {
            return read.on(connection);
        } catch (SQLException e) {
            throw new StoreException("could not read " + what + ": " + e.getMessage(), e);
        }
    }
}
