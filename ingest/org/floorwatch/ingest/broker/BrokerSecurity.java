package org.floorwatch.ingest.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A built-in broker that asks clients for TLS and a SCRAM-SHA-512 login (Kafka's SASL_SSL), as a site's broker does.
 * The key store (PKCS12) holds the broker's key and its certificate chain for "localhost"; each user named here can
 * log in with its password. Passwords stay in memory: they are never logged or written to the broker's settings file.
 *
 * @param keyStore         the broker's PKCS12 key store
 * @param keyStorePassword its password (also the key's)
 * @param users            SCRAM user names and their passwords
 */
public record BrokerSecurity(Path keyStore, String keyStorePassword, Map<String, String> users) {

    /** The only SASL mechanism the secure listener offers. */
    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The name the secure listener is advertised under; its certificate must carry it. */
    public static final String HOST = "localhost";

    public BrokerSecurity {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        users = Map.copyOf(users);
    }

    /** Shows the key store and the user names, never a password. */
    @Override
    public String toString() {
        return "BrokerSecurity[" + keyStore + ", users " + users.keySet() + "]";
    }
}
