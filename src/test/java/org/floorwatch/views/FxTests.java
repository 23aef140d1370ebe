package org.floorwatch.views;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What screen tests share: waiting for a condition, and reading the screen where JavaFX writes it, on the JavaFX
 * thread. A condition is checked on the JavaFX thread too once the toolkit runs (so it sees nodes and properties as
 * the screen does), on the test's thread before.
 */
public final class FxTests {

    /** How long a screen gets to show what a test waits for; generous, as tests share two cores with builds. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private FxTests() {
    }

    /** Waits up to {@link #PATIENCE} for {@code condition}, then for the JavaFX events queued meanwhile. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        waitUntil(PATIENCE, condition);
    }

    public static void waitUntil(Duration within, BooleanSupplier condition) throws TimeoutException {
        boolean fx = FxToolkit.isFXApplicationThreadRunning();
        WaitForAsyncUtils.waitFor(within.toMillis(), TimeUnit.MILLISECONDS,
                () -> fx ? onFx(condition::getAsBoolean) : condition.getAsBoolean());
        if (fx) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** {@code read} on the JavaFX thread (at once when already on it), its result here. */
    public static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the label, button or other labeled node {@code query} finds, read on the JavaFX thread. */
    public static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryLabeled().getText());
    }
}
