package org.floorwatch.app.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorwatch.app.desktop.GuiConfig.InvalidConfigException;
import org.floorwatch.ingest.database.DatabaseSource;
import org.floorwatch.ingest.database.PasswordSource;
import org.floorwatch.localstore.orders.OrderKind;

/**
 * The database keys of a {@code gui --config} file (contract section 9), per source NAME:
 * {@code database.NAME.url} (required), {@code .user}, {@code .password.file} or {@code .password.env},
 * {@code .query.work-orders}, {@code .query.purchase-orders} (at least one), {@code .poll.minutes} (default 5) and
 * {@code .settle.seconds} (default 60); and the Debezium topics, {@code kafka.topic.work-orders} and
 * {@code kafka.topic.purchase-orders}, each a comma-separated list.
 */
final class DatabaseConfig {

    private static final Pattern KEY = Pattern.compile("database\\.([A-Za-z0-9_-]+)\\.(url|user|password\\.file|"
            + "password\\.env|query\\.work-orders|query\\.purchase-orders|poll\\.minutes|settle\\.seconds)");

    private DatabaseConfig() {
    }

    static boolean isDatabaseKey(String key) {
        return KEY.matcher(key).matches();
    }

    static List<String> topics(Properties values, String key) {
        String value = values.getProperty(key);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(topic -> !topic.isEmpty()).toList();
    }

    static List<DatabaseSource> sources(Properties values, Path file, Path base) {
        Set<String> names = new TreeSet<>();
        for (String key : values.stringPropertyNames()) {
            Matcher m = KEY.matcher(key);
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        List<DatabaseSource> sources = new ArrayList<>();
        for (String name : names) {
            sources.add(source(values, file, base, name));
        }
        return sources;
    }

    private static DatabaseSource source(Properties values, Path file, Path base, String name) {
        String prefix = "database." + name + ".";
        String url = text(values, prefix + "url");
        if (url == null) {
            throw invalid(file, "'" + prefix + "url' is required for database " + name);
        }
        Map<OrderKind, String> queries = new EnumMap<>(OrderKind.class);
        for (OrderKind kind : OrderKind.values()) {
            String query = text(values, prefix + "query." + kind.code());
            if (query != null) {
                queries.put(kind, query);
            }
        }
        if (queries.isEmpty()) {
            throw invalid(file, "database " + name + " needs '" + prefix + "query.work-orders' or '" + prefix
                    + "query.purchase-orders'");
        }
        String passwordFile = text(values, prefix + "password.file");
        String passwordEnv = text(values, prefix + "password.env");
        if (passwordFile != null && passwordEnv != null) {
            throw invalid(file, "database " + name + ": give '" + prefix + "password.file' or '" + prefix
                    + "password.env', not both");
        }
        PasswordSource password = passwordFile != null ? PasswordSource.file(base.resolve(passwordFile))
                : passwordEnv != null ? PasswordSource.environment(passwordEnv) : PasswordSource.NONE;
        return new DatabaseSource(name, url, text(values, prefix + "user"), password, queries,
                Duration.ofMinutes(whole(values, file, prefix + "poll.minutes", 5, 1)),
                Duration.ofSeconds(whole(values, file, prefix + "settle.seconds", 60, 0)));
    }

    private static long whole(Properties values, Path file, String key, long fallback, long least) {
        String value = text(values, key);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw invalid(file, "'" + key + "' must be a whole number, at least " + least + ", not '" + value + "'");
    }

    private static String text(Properties values, String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidConfigException invalid(Path file, String message) {
        return new InvalidConfigException("config file " + file + ": " + message);
    }
}
