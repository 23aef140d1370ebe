package org.floorwatch.ingest.database;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * One factory database polled over JDBC (contract section 9): where it is, who logs in, one query per kind of
 * order, how often it is polled, and how long a change must have settled before it is read (see
 * {@link PollQuery}). {@link #toString()} shows the URL without its password.
 *
 * @param name    the source's name in the config, also its name in the store and on the Sources screen
 * @param user    null to log in as the URL says
 * @param queries per kind, a query whose columns carry the kind's names and {@code updated_at}
 * @param settle  rows updated less than this long ago are left for the next poll
 */
public record DatabaseSource(String name, String url, String user, PasswordSource password,
                             Map<OrderKind, String> queries, Duration pollEvery, Duration settle) {

    public static final Duration DEFAULT_POLL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(60);

    public DatabaseSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        password = password == null ? PasswordSource.NONE : password;
        queries = Map.copyOf(queries);
        pollEvery = pollEvery == null ? DEFAULT_POLL : pollEvery;
        settle = settle == null ? DEFAULT_SETTLE : settle;
    }

    /** The URL as it may be shown: without a password. */
    public String shownUrl() {
        return JdbcUrls.withoutPassword(url);
    }

    @Override
    public String toString() {
        return "database " + name + " (" + shownUrl() + (user == null ? "" : ", user " + user) + ", " + password
                + ", " + queries.keySet() + ", every " + pollEvery + ")";
    }
}
