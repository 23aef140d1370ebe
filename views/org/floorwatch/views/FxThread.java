package org.floorwatch.views;

import javafx.application.Platform;

/**
 * The one way screens hand work to the JavaFX thread: run now when already on it, queue it otherwise. Callers
 * batch first (a snapshot, a query result); nothing calls this per event.
 */
public final class FxThread {

    private FxThread() {
    }

    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** Fails fast when a UI-only method is called from another thread. */
    public static void require() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("called off the JavaFX thread: " + Thread.currentThread().getName());
        }
    }
}
