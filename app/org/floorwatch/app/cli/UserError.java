package org.floorwatch.app.cli;

/** A mistake the user can fix (a missing file, a bad option value): shown as one line, exit status 1. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
