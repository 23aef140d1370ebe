package org.floorwatch.ingest.kafka;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets among the Kafka client properties (passwords, keys, the JAAS login's password), so that a message that
 * quotes a setting back, as a client library's error may, is shown with each of them as {@code ***}. Kafka hides its
 * password-typed settings itself; this also covers a password's pieces, which a JAAS line that was not quoted right
 * can bring into an error ("Value not specified for key 'PIECE'").
 */
final class ClientSecrets {

    private static final String MASK = "***";
    private static final int SHORTEST_PIECE = 3;
    /** A JAAS option: a quoted value, or an unquoted one up to the next option or the end of the entry. */
    private static final Pattern JAAS_OPTION = Pattern.compile(
            "([A-Za-z_.-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\"]+?(?=\\s+[A-Za-z_.-]+\\s*=|\\s*;|\\s*$))");

    private final List<String> secrets;

    private ClientSecrets(List<String> secrets) {
        this.secrets = secrets;
    }

    static ClientSecrets of(Map<String, String> clientProperties) {
        Set<String> found = new LinkedHashSet<>();
        clientProperties.forEach((key, value) -> {
            if (secretName(key)) {
                addWithPieces(found, value);
            }
            if (key.toLowerCase(Locale.ROOT).contains("jaas") && !value.isBlank()) {
                found.add(value.strip());
                Matcher option = JAAS_OPTION.matcher(value);
                while (option.find()) {
                    if (secretName(option.group(1))) {
                        addWithPieces(found, option.group(3) != null ? option.group(3) : option.group(2));
                    }
                }
            }
        });
        return new ClientSecrets(found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** {@code text} with every secret, and every piece of one, replaced by {@code ***}. */
    String hiddenIn(String text) {
        if (text == null) {
            return null;
        }
        String hidden = text;
        for (String secret : secrets) {
            hidden = hidden.replace(secret, MASK);
        }
        return hidden;
    }

    private static boolean secretName(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret") || name.endsWith(".key")
                || name.contains("token");
    }

    private static void addWithPieces(Set<String> found, String value) {
        String secret = value.strip();
        if (secret.isEmpty()) {
            return;
        }
        found.add(secret);
        for (String piece : secret.split("[\\s\"';=]+")) {
            if (piece.length() >= SHORTEST_PIECE) {
                found.add(piece);
            }
        }
    }
}
