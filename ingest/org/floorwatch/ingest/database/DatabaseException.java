package org.floorwatch.ingest.database;

/**
 * Reading a database source failed: one line for the user, never holding a password (the driver's own exception
 * is not attached, as its message or the URL in it may carry one).
 */
public final class DatabaseException extends RuntimeException {

    private final boolean unreachable;

    /** @param unreachable true if the database could not be reached or refused the login; false if the query failed */
    DatabaseException(String message, boolean unreachable) {
        super(message, null, false, false);
        this.unreachable = unreachable;
    }

    public boolean unreachable() {
        return unreachable;
    }
}
