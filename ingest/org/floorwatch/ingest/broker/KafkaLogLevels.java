package org.floorwatch.ingest.broker;

import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Keeps an in-process broker from flooding the console: Kafka logs hundreds of INFO lines, and a few routine WARN
 * lines, on every start. Each logger listed here gets the level shown unless the logging configuration already
 * gave it one, so a logback file can always turn Kafka's logging back on.
 */
final class KafkaLogLevels {

    private static final Map<String, Level> QUIET_LEVELS = Map.of(
            "org.apache.kafka", Level.WARN,
            "kafka", Level.ERROR,
            "state.change.logger", Level.ERROR,
            "org.apache.kafka.controller", Level.ERROR,
            "org.apache.kafka.raft", Level.ERROR,
            "org.apache.kafka.metadata", Level.ERROR,
            "org.apache.kafka.image", Level.ERROR,
            "org.apache.kafka.server", Level.ERROR,
            "org.apache.kafka.storage", Level.ERROR,
            "org.apache.kafka.coordinator", Level.ERROR);

    private KafkaLogLevels() {
    }

    static void quietUnlessConfigured() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        QUIET_LEVELS.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(level);
            }
        });
    }
}
