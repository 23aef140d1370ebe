package org.floorwatch.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.app.desktop.DesktopLauncher;
import org.floorwatch.app.desktop.NotADemoFolderException;
import org.floorwatch.floorplan.InvalidPlanException;
import org.floorwatch.ingest.broker.BrokerException;
import org.floorwatch.localstore.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo [--data DIR]} (and the command line with no command): the control room on a built-in broker fed by
 * the simulated floor, in this one process, until the window is closed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Open the control room on a built-in Kafka broker fed by the simulated factory: no set-up.",
            "One simulated floor: a week of its file sources, imported in the background once the window is up, and the "
                + "same floor carrying on live from the day before today's, two hours into it, " + (int) ControlRoom.DEMO_SPEED
                + " times faster than real time (demo time: the floor clock passes the wall clock after about an hour).",
            "Each demo starts its store afresh; the generated files are kept in the folder's history/."})
final class DemoCommand implements Callable<Integer> {

    static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".floorwatch", "demo");

    @Option(names = "--data", paramLabel = "DIR",
            description = "The demo's data folder: store, broker, history, inbox, window placement (default: ~/.floorwatch/demo).")
    Path data;

    @Mixin
    PlanOption plan = new PlanOption();

    @Option(names = "--kiosk", description = "A wall display: read only, full screen, the Floor and Alarms screens "
            + "in turn every 30 s.")
    boolean kiosk;

    @Override
    public Integer call() throws InterruptedException {
        Path folder = data != null ? data : DEFAULT_DATA;
        runDesktop(() -> ControlRoom.demo(folder, plan.load()),
                "Starting the built-in broker and the simulated floor\u2026", kiosk);
        return 0;
    }

    /**
     * Runs the desktop app (for {@code demo} and {@code gui}) until its window is closed. A plan, data folder or
     * port the app cannot use is the user's to fix, reported in one line. {@code wall}: the wall display.
     */
    static void runDesktop(Supplier<ControlRoom> start, String starting, boolean wall) throws InterruptedException {
        try {
            DesktopLauncher.run(start, starting, wall);
        } catch (InvalidPlanException | StoreException | BrokerException | NotADemoFolderException | UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
    }
}
