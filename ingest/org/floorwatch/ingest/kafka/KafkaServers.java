package org.floorwatch.ingest.kafka;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.apache.kafka.common.utils.Utils;

/**
 * Bootstrap servers as given ({@code --kafka}, {@code kafka.bootstrap.servers}): {@code host:port[,host:port...]},
 * each entry checked the way the Kafka client reads it (its own host and port parsing), without a DNS look-up.
 */
public record KafkaServers(String text) {

    /** Checks {@code text}; throws {@link IllegalArgumentException} if an entry is not {@code host:port}. */
    public static KafkaServers of(String text) {
        boolean valid = !text.isBlank() && Arrays.stream(text.split(",", -1)).map(String::strip).allMatch(entry -> {
            Integer port = Utils.getPort(entry);
            return Utils.getHost(entry) != null && port != null && port > 0 && port <= 65_535;
        });
        if (!valid) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT (or several, separated by commas)");
        }
        return new KafkaServers(text.strip());
    }

    /**
     * Whether the name of at least one server in {@code servers} (as checked by {@link #of}) resolves now: the Kafka
     * client refuses to start while none does.
     */
    public static boolean anyResolves(String servers) {
        for (String entry : servers.split(",")) {
            String host = Utils.getHost(entry.strip());
            try {
                if (host != null && InetAddress.getAllByName(host).length > 0) {
                    return true;
                }
            } catch (UnknownHostException e) {
                // not this one
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
