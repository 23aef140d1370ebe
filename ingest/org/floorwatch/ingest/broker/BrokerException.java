package org.floorwatch.ingest.broker;

/** The built-in broker could not start or do what was asked; the message is one readable line for the user. */
public final class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerException(String message) {
        super(message);
    }

    public BrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
