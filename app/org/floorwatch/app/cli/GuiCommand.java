package org.floorwatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.floorwatch.app.desktop.ControlRoom;
import org.floorwatch.app.desktop.GuiConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gui --config FILE}: the control room on the site's own Kafka, until the window is closed. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the control room on the site's live sources, as set in a config file.",
            "See packaging/floorwatch-example.properties for every key."})
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The site's settings (.properties).")
    Path config;

    @Option(names = "--kiosk", description = "A wall display: read only, full screen, cycling the screens of "
            + "kiosk.screens (default floor,alarms) every kiosk.cycle.seconds (default 30).")
    boolean kiosk;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(config)) {
            throw new UserError("config file " + config + " does not exist");
        }
        GuiConfig settings;
        try {
            settings = GuiConfig.load(config);
        } catch (GuiConfig.InvalidConfigException e) {
            throw new UserError(e.getMessage());
        }
        DemoCommand.runDesktop(() -> ControlRoom.live(settings), "Opening the store and connecting to "
                + settings.kafka().bootstrapServers() + "\u2026", kiosk);
        return 0;
    }
}
