package org.floorwatch.app.drill;

/** A drill could not be carried out or its subject misbehaved; the message says what happened, in one line. */
public final class DrillException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DrillException(String message) {
        super(message);
    }
}
