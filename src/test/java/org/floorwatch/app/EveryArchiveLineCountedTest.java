package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.ingest.simulator.MessageStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive of another site, imported as a new user would, into a store that already holds its events and its
 * broken lines, with a plan in force that does not know its stations: every non-blank line counts in exactly one of
 * new, duplicate and quarantined, on every import, whole or grown.
 */
class EveryArchiveLineCountedTest {

    private static final Pattern SUMMARY = Pattern.compile("imported: (\\d+) new, (\\d+) duplicate, (\\d+) quarantined, 0 refused\n");

    @TempDir
    Path dir;

    @Test
    void everyNonBlankLineCountsOnceWhateverThePlanInForceAndWhateverTheStoreHolds() throws IOException {
        List<String> lines = smallWorksMessages(1_200);
        Path archive = dir.resolve("small-works-moves.jsonl");
        Files.write(archive, withBlankLines(lines.subList(0, 1_000)), StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        Path smallWorks = Files.writeString(dir.resolve("small-works.json"), SmallPlan.JSON);
        Path shipped = Files.writeString(dir.resolve("mycpu.json"), shippedPlan());

        long[] own = counts(CliRun.run("import", archive.toString(), "--data", data, "--plan", smallWorks.toString()));
        CliRun otherPlan = CliRun.run("import", shipped.toString(), "--data", data);
        long[] underOtherPlan = counts(CliRun.run("import", archive.toString(), "--data", data));
        long[] again = counts(CliRun.run("import", archive.toString(), "--data", data));
        Files.write(archive, withBlankLines(lines.subList(1_000, 1_200)), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long[] grown = counts(CliRun.run("import", archive.toString(), "--data", data));

        assertThat(otherPlan.status()).isZero();
        assertThat(own[0]).as("events new to the store").isPositive();
        assertThat(own[2]).as("the site's broken lines").isPositive();
        assertThat(sum(own)).isEqualTo(1_000);
        assertThat(underOtherPlan[0]).as("nothing new: no station of the archive is in the plan in force").isZero();
        assertThat(sum(underOtherPlan)).isEqualTo(1_000);
        assertThat(again).containsExactly(0, 1_000, 0);
        assertThat(sum(grown)).isEqualTo(1_200);
        assertThat(grown[1]).as("the lines read before, and the new lines' events already stored").isGreaterThanOrEqualTo(1_000);
    }

    /** Moves, readings and samples of the small site with the simulator's faults (duplicates, broken messages). */
    private static List<String> smallWorksMessages(int count) {
        MessageStream stream = new MessageStream(SmallPlan.plan(), 3, Instant.parse("2026-11-02T06:00:00Z"),
                Topics.DEFAULT, true);
        return java.util.stream.Stream.generate(() -> stream.next().message().value()).limit(count).toList();
    }

    /** The lines with a blank one (spaces) after every hundredth: blank lines are no records. */
    private static List<String> withBlankLines(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (i % 100 == 99) {
                out.add("   ");
            }
        }
        return out;
    }

    private static String shippedPlan() throws IOException {
        try (InputStream in = EveryArchiveLineCountedTest.class.getResourceAsStream("/org/floorwatch/floorplan/mycpu-fab1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long[] counts(CliRun run) {
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.matches()).as("summary line of a run that said %s / %s", run.out(), run.err()).isTrue();
        return new long[] {Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)),
            Long.parseLong(summary.group(3))};
    }

    private static long sum(long[] counts) {
        return counts[0] + counts[1] + counts[2];
    }
}
