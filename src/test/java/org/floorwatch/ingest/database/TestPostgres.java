package org.floorwatch.ingest.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests (zonky's embedded binaries, run through {@code unshare -U} when the tests run as
 * root), with {@code wal_level=logical} for Debezium. The superuser {@code postgres} logs in without a password;
 * the role {@link #USER} needs {@link #PASSWORD} over TCP. {@link #shared()} is one server per test JVM; each test
 * makes a database of its own with {@link #newDatabase(String)}.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String USER = "floorwatch";
    public static final String PASSWORD = "s3cret-Pa55word";

    private static TestPostgres shared;

    private final EmbeddedPostgres server;
    private final Path dataDir;

    private TestPostgres(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    public static synchronized TestPostgres shared() {
        if (shared == null) {
            Path dir = temporaryDir();
            TestPostgres started = start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteTree(dir);
            }, "test-postgres-shutdown"));
            shared = started;
        }
        return shared;
    }

    /** A server of its own in {@code dataDir} (reused if it holds one) on {@code port} (0: any free one). */
    public static TestPostgres start(Path dataDir, int port) {
        try {
            boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(false).setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "8").setServerConfig("max_wal_senders", "8");
            if (port > 0) {
                builder.setPort(port);
            }
            TestPostgres postgres = new TestPostgres(builder.start(), dataDir);
            if (fresh) {
                postgres.requirePasswords();
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new empty database owned by {@link #USER}; returns its name. */
    public String newDatabase(String label) {
        String name = (label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8));
        execute("postgres", "CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    /** The JDBC URL of {@code database}, without user or password. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** A connection as {@link #USER}, with its password. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    /** Runs statements as {@link #USER} in {@code database}. */
    public void sql(String database, String... statements) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requirePasswords() throws IOException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), """
                local all all trust
                host replication all 127.0.0.1/32 trust
                host all postgres 127.0.0.1/32 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        execute("postgres", "CREATE ROLE " + USER + " LOGIN REPLICATION PASSWORD '" + PASSWORD + "'",
                "SELECT pg_reload_conf()");
    }

    private void execute(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a leftover temporary folder is harmless
        }
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("floorwatch-test-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
