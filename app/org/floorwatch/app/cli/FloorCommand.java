package org.floorwatch.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SiteTime;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.history.FloorAtInstant;
import org.floorwatch.localstore.history.FloorAtJson;
import org.floorwatch.localstore.history.FloorHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code floor --at INSTANT --data DIR [--span FROM/TO] [--json FILE]} (contract section 7): the floor at an
 * instant as JSON, on standard output unless {@code --json} names a file ({@code -}: standard output). Instants are
 * ISO-8601 with an offset or local {@code yyyy-MM-ddTHH:mm[:ss]} in the site's zone; one that cannot be read, or a
 * span that ends before it starts, is wrong usage (exit 2).
 */
@Command(name = "floor", mixinStandardHelpOptions = true,
        description = "The floor at an instant (WIP, today's moves out, sensors, heat over a span) as JSON.")
final class FloorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "INSTANT",
            description = "ISO-8601 with an offset (2026-11-02T06:15:00Z) or local yyyy-MM-ddTHH:mm[:ss] at the site.")
    String at;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data folder (local store).")
    Path data;

    @Option(names = "--span", paramLabel = "FROM/TO",
            description = "The heat's span, two instants as --at. Default: from the start of the instant's shift to it.")
    String span;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON here ('-', the default: standard output).")
    String json;

    @Mixin
    StorePlan plan;

    @Override
    public Integer call() throws SQLException {
        StorePlan.requireStore(data);
        try (FloorStore store = FloorStore.open(data); Connection connection = store.newReadConnection()) {
            FloorPlan floorPlan = plan.resolve(connection, data);
            FloorHistory history = new FloorHistory(floorPlan);
            SiteTime time = new SiteTime(floorPlan.timezone());
            Instant instant = instant(time, at, "--at");
            FloorAtInstant floor;
            if (span == null) {
                floor = FloorAtInstant.read(connection, history, instant);
            } else {
                String[] ends = span.split("/", -1);
                if (ends.length != 2) {
                    throw usage("--span '" + span + "' is not FROM/TO");
                }
                Instant from = instant(time, ends[0], "--span");
                Instant to = instant(time, ends[1], "--span");
                if (to.isBefore(from)) {
                    throw usage("--span ends (" + ends[1] + ") before it starts (" + ends[0] + ")");
                }
                floor = FloorAtInstant.read(connection, history, instant, from, to);
            }
            String text = FloorAtJson.toJson(floor);
            if (json == null || "-".equals(json)) {
                spec.commandLine().getOut().println(text);
                spec.commandLine().getOut().flush();
            } else {
                JsonFile.write(Path.of(json), out -> out.write((text + System.lineSeparator())
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return 0;
    }

    private Instant instant(SiteTime time, String text, String option) {
        try {
            return time.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
