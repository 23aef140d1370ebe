package org.floorwatch.app.desktop;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.ingest.database.ChangeTopics;
import org.floorwatch.ingest.database.DatabaseSource;
import org.floorwatch.ingest.kafka.KafkaServers;
import org.floorwatch.ingest.kafka.KafkaSettings;
import org.floorwatch.ingest.message.Topics;

/**
 * The {@code gui --config FILE} settings: a properties file naming the site's Kafka (servers, topics, group, client
 * properties such as security), the data folder, and optionally the plan file, the inbox folder and the tools
 * endpoint, the factory's databases polled over JDBC and their Debezium topics (see {@link DatabaseConfig}). Relative
 * paths are taken from the config file's folder. Unknown keys are refused, so a typo does not
 * go unnoticed; see {@code packaging/floorwatch-example.properties} for every key.
 *
 * @param planFile   the site's floor plan, or null for the plan in force in the data folder (else the shipped one)
 * @param inboxDir   the folder watched for file sources, or null
 * @param toolsUrl   the tools endpoint's base URL, or null
 * @param toolsPoll  how often the tools endpoint is read
 * @param lake       the history export on a schedule, or null
 * @param operator   the name stamped on acknowledgements, shelvings and shift notes made at this desk
 *                   ({@code operator.name}; default: the user logged in to the computer)
 * @param desk       the login, the roles by login and what a wall display shows ({@link DeskConfig})
 */
public record GuiConfig(KafkaSettings kafka, Path dataDir, Path planFile, Path inboxDir, URI toolsUrl,
                        Duration toolsPoll, List<DatabaseSource> databases, LakeSchedule lake,
                        String operator, DeskConfig desk) {

    public GuiConfig {
        databases = List.copyOf(databases);
    }

    /**
     * {@code export lake} every {@code every} into {@code folder}, as Delta tables or, with {@code parquet}, plain
     * Parquet written whole.
     */
    public record LakeSchedule(Path folder, Duration every, boolean parquet) {
    }

    static final String CLIENT_PREFIX = "kafka.client.";
    private static final Set<String> KEYS = Set.of("kafka.bootstrap.servers", "kafka.topic.moves", "kafka.topic.heat",
            "kafka.topic.energy", "kafka.group", "data.dir", "plan.file", "inbox.dir", "tools.url",
            "tools.poll.minutes", "kafka.topic.work-orders", "kafka.topic.purchase-orders", "lake.dir",
            "lake.every.minutes", "lake.format", "operator.name");
    private static final long DEFAULT_TOOLS_POLL_MINUTES = 30;
    private static final long DEFAULT_LAKE_MINUTES = 15;

    /** Reads a config file; throws {@link InvalidConfigException} naming the file and the key at fault. */
    public static GuiConfig load(Path file) {
        return load(file, Operator.loggedIn());
    }

    /** Reads a config file for the user {@code login} (the one logged in to the computer, or a test's). */
    public static GuiConfig load(Path file, String login) {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw new InvalidConfigException("cannot read config file " + file + ": " + FileTrouble.of(e));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        return parse(values, file, login);
    }

    static GuiConfig parse(Properties values, Path file, String login) {
        Path base = file.toAbsolutePath().getParent();
        Set<String> unknown = new TreeSet<>();
        Map<String, String> client = new LinkedHashMap<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(CLIENT_PREFIX) && key.length() > CLIENT_PREFIX.length()) {
                client.put(key.substring(CLIENT_PREFIX.length()), values.getProperty(key).trim());
            } else if (!KEYS.contains(key) && !DeskConfig.KEYS.contains(key) && !DatabaseConfig.isDatabaseKey(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidConfigException("config file " + file + ": unknown key(s) " + unknown
                    + " (see packaging/floorwatch-example.properties)");
        }
        String servers;
        try {
            servers = KafkaServers.of(required(values, "kafka.bootstrap.servers", file)).text();
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("config file " + file + ": 'kafka.bootstrap.servers' " + e.getMessage());
        }
        Topics defaults = Topics.DEFAULT;
        Topics topics;
        try {
            topics = new Topics(value(values, "kafka.topic.moves", defaults.moves()),
                    value(values, "kafka.topic.heat", defaults.heat()), value(values, "kafka.topic.energy", defaults.energy()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("config file " + file + ": " + e.getMessage());
        }
        KafkaSettings kafka;
        try {
            kafka = new KafkaSettings(servers, topics, value(values, "kafka.group", KafkaSettings.DEFAULT_GROUP), client,
                    new ChangeTopics(DatabaseConfig.topics(values, "kafka.topic.work-orders"),
                            DatabaseConfig.topics(values, "kafka.topic.purchase-orders")));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("config file " + file + ": " + e.getMessage());
        }
        return new GuiConfig(kafka, base.resolve(required(values, "data.dir", file)), path(values, "plan.file", base),
                path(values, "inbox.dir", base), url(values, file),
                minutes(values, "tools.poll.minutes", DEFAULT_TOOLS_POLL_MINUTES, file),
                DatabaseConfig.sources(values, file, base), lake(values, base, file),
                value(values, "operator.name", login), DeskConfig.parse(values, file, login));
    }

    private static String value(Properties values, String key, String fallback) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String required(Properties values, String key, Path file) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidConfigException("config file " + file + ": '" + key + "' is required");
        }
        return value.trim();
    }

    private static Path path(Properties values, String key, Path base) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? null : base.resolve(value.trim());
    }

    private static URI url(Properties values, Path file) {
        String value = values.getProperty("tools.url");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(value, "not an http or https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigException("config file " + file + ": 'tools.url' " + e.getMessage());
        }
    }

    private static Duration minutes(Properties values, String key, long fallback, Path file) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            return Duration.ofMinutes(fallback);
        }
        try {
            long minutes = Long.parseLong(value.trim());
            if (minutes < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("config file " + file + ": '" + key + "' must be a whole number"
                    + " of minutes, at least 1, not '" + value.trim() + "'");
        }
    }

    private static LakeSchedule lake(Properties values, Path base, Path file) {
        Path folder = path(values, "lake.dir", base);
        String format = value(values, "lake.format", "delta");
        if (!format.equals("delta") && !format.equals("parquet")) {
            throw new InvalidConfigException("config file " + file + ": 'lake.format' is delta or parquet, not '"
                    + format + "'");
        }
        Duration every = minutes(values, "lake.every.minutes", DEFAULT_LAKE_MINUTES, file);
        if (folder == null) {
            if (values.getProperty("lake.every.minutes") != null || values.getProperty("lake.format") != null) {
                throw new InvalidConfigException("config file " + file + ": 'lake.every.minutes' and 'lake.format' "
                        + "need 'lake.dir', the folder to export into");
            }
            return null;
        }
        return new LakeSchedule(folder, every, format.equals("parquet"));
    }

    /** A config file that cannot be used, with a message naming the file and the key. */
    public static final class InvalidConfigException extends RuntimeException {

        public InvalidConfigException(String message) {
            super(message);
        }
    }
}
