package org.floorwatch.ingest.kafka;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Optional;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.floorwatch.floorplan.ClassNames;

/**
 * The broker was reached but would not let Floorwatch in: the login was refused, or the TLS handshake failed (its
 * certificate not trusted, or not made out to the name connected to). Retrying at once cannot mend any of these, so
 * the ingest stops and says it in one line a user can act on: no Java class names, no password (Kafka's messages for
 * these never carry one, and no setting's value is added).
 */
public record BrokerRefusal(Reason reason, String servers, String detail) {

    /** Why the broker would not let Floorwatch in. */
    public enum Reason { LOGIN, CERTIFICATE_NOT_TRUSTED, HOST_NAME_MISMATCH, TLS_HANDSHAKE }

    /** The refusal {@code failure} stands for, if it is one (an authentication failure anywhere in its causes). */
    public static Optional<BrokerRefusal> of(Throwable failure, String servers) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SslAuthenticationException tls) {
                return Optional.of(handshake(tls, servers));
            }
            if (cause instanceof SaslAuthenticationException) {
                return Optional.of(new BrokerRefusal(Reason.LOGIN, servers, "SASL authentication failed"));
            }
            if (cause instanceof AuthenticationException login) {
                return Optional.of(new BrokerRefusal(Reason.LOGIN, servers, plain(login)));
            }
        }
        return Optional.empty();
    }

    /** The one line for the command line and the log, e.g. "Kafka at HOST:PORT refused the login (...): check ...". */
    public String line() {
        return switch (reason) {
            case LOGIN -> "Kafka at " + servers + " refused the login (" + detail
                    + "): check the user name and password";
            case CERTIFICATE_NOT_TRUSTED -> "Kafka at " + servers + " showed a certificate that is not trusted (" + detail
                    + "): check that ssl.truststore.location holds the CA that signed the broker's certificate";
            case HOST_NAME_MISMATCH -> "Kafka at " + servers + " showed a certificate made out to another name ("
                    + detail + "): connect by a name the certificate carries";
            case TLS_HANDSHAKE -> "Kafka at " + servers + " and Floorwatch could not agree on TLS (" + detail
                    + "): check the ssl.* settings";
        };
    }

    /** A few words for the status bar. */
    public String shortWords() {
        return switch (reason) {
            case LOGIN -> "refused the login";
            case CERTIFICATE_NOT_TRUSTED -> "certificate not trusted";
            case HOST_NAME_MISMATCH -> "certificate for another name";
            case TLS_HANDSHAKE -> "TLS handshake failed";
        };
    }

    private static BrokerRefusal handshake(SslAuthenticationException failure, String servers) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof CertificateException
                    && (message.contains("No subject alternative") || message.contains("No name matching"))) {
                return new BrokerRefusal(Reason.HOST_NAME_MISMATCH, servers, "TLS host name check failed");
            }
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return new BrokerRefusal(Reason.CERTIFICATE_NOT_TRUSTED, servers, "TLS handshake failed");
            }
        }
        return new BrokerRefusal(Reason.TLS_HANDSHAKE, servers, plain(rootOf(failure)));
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String plain(Throwable failure) {
        String message = failure.getMessage() == null ? "no reason given" : failure.getMessage();
        return ClassNames.removedFrom(message.lines().findFirst().orElse(message)).strip();
    }
}
