package org.floorwatch.localstore;

/** The data folder is already open in another Floorwatch (another process, or this one). */
public class StoreLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
