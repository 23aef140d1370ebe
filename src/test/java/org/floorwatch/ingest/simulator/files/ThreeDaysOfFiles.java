package org.floorwatch.ingest.simulator.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.SmallPlan;

/** One three-day run of the file simulator on the small plan, across the spring daylight-saving change. */
record ThreeDaysOfFiles(Path out, FilesSummary summary) {

    static final LocalDate FROM = LocalDate.of(2026, 3, 28);
    static final List<LocalDate> DAYS = List.of(FROM, FROM.plusDays(1), FROM.plusDays(2));
    static final FloorPlan PLAN = SmallPlan.plan();
    static final Set<String> SHIFTS = Set.of("A", "B", "C");

    static ThreeDaysOfFiles writeTo(Path temp) throws IOException {
        Path out = temp.resolve("files");
        return new ThreeDaysOfFiles(out,
                new FileSimulator(PLAN, new FileSimulationSettings(FROM, 3, 7, true, 60)).writeTo(out));
    }

    /** Every file written, in no particular order. */
    static Stream<Path> allFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }
}
