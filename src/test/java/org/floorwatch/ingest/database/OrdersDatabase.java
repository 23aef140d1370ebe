package org.floorwatch.ingest.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.orders.OrderKind;

/** A factory database for the tests: its tables of work and purchase orders, and the queries Floorwatch polls. */
final class OrdersDatabase {

    static final String WORK_ORDERS_QUERY = "SELECT work_order, machine, fault, severity, reported, started, resolved, "
            + "technician, updated_at FROM maintenance";
    static final String PURCHASE_ORDERS_QUERY = "SELECT order_id, direction, item, quantity, status, requested, "
            + "confirmed, received, counterparty, updated_at FROM purchasing";

    final TestPostgres postgres;
    final String database;

    OrdersDatabase(TestPostgres postgres, String label) {
        this.postgres = postgres;
        this.database = postgres.newDatabase(label);
        postgres.sql(database, """
                CREATE TABLE maintenance(work_order text PRIMARY KEY, machine text, fault text, severity text,
                    reported timestamp, started timestamp, resolved timestamp, technician text,
                    updated_at timestamptz NOT NULL DEFAULT now())""", """
                CREATE TABLE purchasing(order_id text PRIMARY KEY, direction text, item text, quantity numeric(12,2),
                    status text, requested timestamptz, confirmed timestamptz, received timestamptz, counterparty text,
                    updated_at timestamp NOT NULL DEFAULT localtimestamp)""");
    }

    /** Polled with no settle time, so rows written by a test are read at once. */
    DatabaseSource source(String name) {
        return new DatabaseSource(name, postgres.url(database), TestPostgres.USER, password(),
                Map.of(OrderKind.WORK_ORDERS, WORK_ORDERS_QUERY, OrderKind.PURCHASE_ORDERS, PURCHASE_ORDERS_QUERY),
                Duration.ofMinutes(5), Duration.ZERO);
    }

    /** The password in a file, as a site keeps it. */
    static PasswordSource password() {
        try {
            Path file = Files.createTempFile("floorwatch-db-", ".password");
            Files.writeString(file, TestPostgres.PASSWORD + "\n");
            file.toFile().deleteOnExit();
            return PasswordSource.file(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void sql(String... statements) {
        postgres.sql(database, statements);
    }

    /** One column of a store query, as text, in the query's order. */
    static List<String> stored(FloorStore store, String select) throws SQLException {
        try (Connection connection = store.newReadConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(select)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
