package org.floorwatch.ingest.simulator.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.StationKind;

/**
 * The site's tools: a master list (contract section 4) of the tools kept at each process, inspection
 * and rework station, and an inventory snapshot at the end of the run ({@code GET <base>/tools} as a
 * file). Tools wear out by use: some retire during the run, a few were retired before it.
 */
final class ToolCrib {

    /** One tool of the master list. */
    record Tool(String id, String name, String kind, String vendor, int expectedLifeHours, Station station) { }

    private record Kind(String name, int lifeHours) { }

    static final List<String> HEADER = List.of("tool_id", "name", "kind", "vendor", "expected_life_hours", "station");
    private static final List<String> VENDORS = List.of("Alder Tooling", "Brightline", "Kestrel Instruments",
            "Norvik Precision");
    private static final Kind INSERT = new Kind("Cutting insert", 300);
    private static final Kind NOZZLE = new Kind("Nozzle", 800);
    private static final Kind PROBE = new Kind("Probe card", 1500);
    private static final Kind GAUGE = new Kind("Gauge", 3000);
    private static final Kind FIXTURE = new Kind("Fixture", 5000);
    private static final Kind DRIVER = new Kind("Torque driver", 2000);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Tool> tools;

    private ToolCrib(List<Tool> tools) {
        this.tools = List.copyOf(tools);
    }

    /** Three to five tools for every station that uses them, ids T-0001, T-0002, ... */
    static ToolCrib equip(FloorPlan plan, SplittableRandom random) {
        List<Tool> tools = new ArrayList<>();
        for (Station station : plan.stations()) {
            List<Kind> kinds = kindsAt(station.kind());
            int count = kinds.isEmpty() ? 0 : 3 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Kind kind = kinds.get(random.nextInt(kinds.size()));
                int vendor = random.nextInt(VENDORS.size());
                String id = String.format("T-%04d", tools.size() + 1);
                int life = (int) Math.round(kind.lifeHours() * (0.9 + 0.1 * vendor) / 10) * 10;
                tools.add(new Tool(id, kind.name() + " " + station.id() + "/" + (i + 1), kind.name(),
                        VENDORS.get(vendor), life, station));
            }
        }
        return new ToolCrib(tools);
    }

    List<Tool> tools() {
        return tools;
    }

    void writeMasterList(Path file) throws IOException {
        CsvFile.write(file, CsvFile.PLAIN, HEADER, tools.stream().map(tool -> List.of(tool.id(), tool.name(),
                tool.kind(), tool.vendor(), String.valueOf(tool.expectedLifeHours()), tool.station().id())).toList());
    }

    /**
     * Writes the inventory as it stands at {@code end} after a run that began at {@code start}: each tool
     * used some hours a day, retired once worn out; holders are workers of the tool's department.
     */
    void writeInventory(Path file, Instant start, Instant end, ZoneId zone, Workforce workforce,
                        SplittableRandom random) throws IOException {
        ArrayNode inventory = JSON.createArrayNode();
        double runDays = Duration.between(start, end).toMinutes() / 1440.0;
        DateTimeFormatter offsetTime = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (Tool tool : tools) {
            double wornOutAt = tool.expectedLifeHours() * (0.8 + 0.4 * random.nextDouble());
            double hoursPerDay = 6 + 8 * random.nextDouble();
            boolean retiredBefore = random.nextDouble() < 0.08;
            double startHours = retiredBefore ? wornOutAt : wornOutAt * 0.95 * random.nextDouble();
            double hours = Math.min(wornOutAt, startHours + hoursPerDay * runDays);
            String status;
            String holder = null;
            Instant updated;
            if (hours >= wornOutAt) {
                status = "retired";
                double daysToWearOut = (wornOutAt - startHours) / hoursPerDay;
                updated = retiredBefore ? start.minus(Duration.ofHours(1 + random.nextInt(24 * 30)))
                        : start.plus(Duration.ofMinutes(Math.round(daysToWearOut * 1440)));
            } else if (random.nextDouble() < 0.35) {
                status = "checked_out";
                List<Worker> crew = workforce.all().stream()
                        .filter(w -> w.department().equals(tool.station().department())).toList();
                holder = crew.isEmpty() ? null : crew.get(random.nextInt(crew.size())).id();
                updated = end.minus(Duration.ofMinutes(1 + random.nextInt(8 * 60)));
            } else {
                status = "in_storage";
                updated = end.minus(Duration.ofMinutes(1 + random.nextInt(48 * 60)));
            }
            inventory.addObject().put("tool_id", tool.id()).put("status", status).put("station", tool.station().id())
                    .put("holder", holder).put("hours_used", EnergyReportFiles.round(hours, 10))
                    .put("updated", offsetTime.format(OffsetDateTime.ofInstant(updated.truncatedTo(ChronoUnit.MINUTES),
                            zone)));
        }
        JSON.writeValue(file.toFile(), inventory);
    }

    private static List<Kind> kindsAt(StationKind kind) {
        return switch (kind) {
            case PROCESS -> List.of(INSERT, NOZZLE, FIXTURE, DRIVER);
            case INSPECTION -> List.of(PROBE, GAUGE, FIXTURE);
            case REWORK -> List.of(DRIVER, GAUGE, NOZZLE);
            default -> List.of();
        };
    }
}
