package org.floorwatch.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.broker.SharedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code consume} three times, the kills spread over the stream (not only its start), each reported with
 * where it landed: the store ends equal to an uninterrupted run's.
 */
class KillDrillTest {

    private static final int MESSAGES = 20_000;

    @Test
    void killsSpreadOverTheStreamLeaveTheSameStoreAsAnUninterruptedRun(@TempDir Path work) throws Exception {
        StringWriter report = new StringWriter();
        KillDrill drill = new KillDrill(FloorPlanLoader.defaultPlan(), null, SharedBroker.get(), new PrintWriter(report, true));

        KillDrill.Result result = drill.run(new KillDrill.Settings(3, 5, MESSAGES), work);

        assertThat(result.comparison().expectedEvents()).isPositive();
        assertThat(result.comparison().line()).as("the drill said:%n%s", report).startsWith("equal: ");
        assertThat(result.passed()).isTrue();
        assertThat(result.midStream()).as("kills that landed mid-stream; the drill said:%n%s", report).isPositive();
        assertThat(result.landed()).as("where the kills landed; the drill said:%n%s", report).hasSize(3).isSorted();
        // The first kill aims inside the first third; on a loaded machine the batches committed between reaching
        // the target and the kill can carry it past, so it is held to the first half.
        assertThat(result.landed().get(0)).as("the first kill, in the stream's first half").isLessThan(MESSAGES / 2);
        assertThat(result.landed().get(2)).as("the last kill, past two thirds of the stream").isGreaterThan(MESSAGES * 2 / 3);
        assertThat(report.toString()).containsPattern("kill 3/3 at \\d+ s: \\d+ of " + result.sent() + " messages stored \\(\\d+%\\)");
        assertThat(result.line()).contains("landing from ");
    }
}
