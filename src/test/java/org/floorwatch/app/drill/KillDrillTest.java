package org.floorwatch.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.ingest.broker.SharedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of {@code consume} mid-stream, three times: the store ends equal to an uninterrupted run's. */
class KillDrillTest {

    @Test
    void aConsumerKilledMidStreamEndsWithTheSameStoreAsAnUninterruptedOne(@TempDir Path work) throws Exception {
        StringWriter report = new StringWriter();
        KillDrill drill = new KillDrill(FloorPlanLoader.defaultPlan(), null, SharedBroker.get(), new PrintWriter(report, true));

        KillDrill.Result result = drill.run(new KillDrill.Settings(3, 5, 10_000, Duration.ofMillis(600)), work);

        assertThat(result.comparison().expectedEvents()).isPositive();
        assertThat(result.comparison().line()).startsWith("equal: ");
        assertThat(result.passed()).isTrue();
        assertThat(result.midStream()).as("kills that landed mid-stream; the drill said:%n%s", report).isPositive();
        assertThat(report.toString()).contains("kill 3/3 at ");
    }
}
