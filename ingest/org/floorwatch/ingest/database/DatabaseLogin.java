package org.floorwatch.ingest.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to one database through its JDBC driver (PostgreSQL and SQL Server ship with Floorwatch, any
 * other on the class path works), and turns a driver's failure into a {@link DatabaseException} of one line
 * without the password.
 */
final class DatabaseLogin {

    private static final int LOGIN_TIMEOUT_SECONDS = 15;

    private final String url;
    private final String user;
    private final PasswordSource password;

    DatabaseLogin(String url, String user, PasswordSource password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() {
        String secret = password.read();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw failure(e, secret);
        }
    }

    /** A driver failure as one line; the database counts as unreachable for connection and login errors. */
    DatabaseException failure(SQLException e, String secret) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean unreachable = state.startsWith("08") || state.startsWith("28") || e.getMessage() != null
                && e.getMessage().startsWith("No suitable driver");
        String reason = JdbcUrls.scrub(e.getMessage(), url, secret);
        if (reason.startsWith("No suitable driver")) {
            reason = "no JDBC driver for this URL on the class path";
        }
        return new DatabaseException(JdbcUrls.withoutPassword(url) + ": " + reason, unreachable);
    }

    /** Same as {@link #failure(SQLException, String)}, reading the password again to scrub it. */
    DatabaseException failure(SQLException e) {
        String secret;
        try {
            secret = password.read();
        } catch (DatabaseException unreadable) {
            secret = null;
        }
        return failure(e, secret);
    }
}
