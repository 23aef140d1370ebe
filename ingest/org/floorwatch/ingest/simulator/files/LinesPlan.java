package org.floorwatch.ingest.simulator.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A large floor to try the screens and benches on: {@code lines} straight production lines of {@code perLine}
 * stations each, one goods-in station at the left of the hall and dispatch at the right (one department, at both
 * ends), and one scrap station; six lines of 48 make 291 stations. Each line is a department of its own: process
 * stations with a buffer in the middle and an inspection at the end, which passes parts to dispatch or scrap.
 * Every fourth process station has a heat sensor and a machine.
 */
public final class LinesPlan {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double STATION_W = 4;
    private static final double STATION_H = 3;
    private static final double GAP_X = 2;
    private static final double LINE_PITCH = 10;
    private static final double LEFT = 14;
    private static final double TOP = 8;

    private LinesPlan() {
    }

    /** Writes the plan's JSON (contract section 2) to {@code file}. */
    public static void write(Path file, int lines, int perLine) throws IOException {
        JSON.writeValue(file.toFile(), tree(lines, perLine));
    }

    /** The plan as JSON. */
    public static ObjectNode tree(int lines, int perLine) {
        if (lines < 1 || perLine < 2) {
            throw new IllegalArgumentException("a floor of lines needs at least one line of two stations");
        }
        double width = LEFT + perLine * (STATION_W + GAP_X) + 16;
        double height = TOP + lines * LINE_PITCH + 8;
        ObjectNode root = JSON.createObjectNode();
        root.put("site", String.format(Locale.ROOT, "Lines Works (%d x %d)", lines, perLine));
        root.put("timezone", "Europe/London");
        root.putObject("size").put("width", width).put("height", height);
        ArrayNode shifts = root.putArray("shifts");
        shifts.addObject().put("name", "A").put("start", "06:00").put("end", "14:00");
        shifts.addObject().put("name", "B").put("start", "14:00").put("end", "22:00");
        shifts.addObject().put("name", "C").put("start", "22:00").put("end", "06:00");
        ArrayNode departments = root.putArray("departments");
        departments.addObject().put("id", "LOG").put("name", "Logistics");
        departments.addObject().put("id", "QA").put("name", "Quality");
        ArrayNode stations = root.putArray("stations");
        ArrayNode machines = root.putArray("machines");
        ArrayNode routes = root.putArray("routes");
        ArrayNode sensors = root.putArray("sensors");
        double middle = TOP + lines * LINE_PITCH / 2.0 - STATION_H;
        station(stations, "GOODS-IN", "Goods In", "LOG", "entry", 2, middle, 8, 6, 10);
        station(stations, "DISPATCH", "Dispatch", "LOG", "exit", width - 12, middle, 8, 6, 10);
        station(stations, "SCRAP", "Scrap", "QA", "scrap", width - 12, height - 8, 8, 5, 5);
        for (int line = 1; line <= lines; line++) {
            String department = "L" + line;
            departments.addObject().put("id", department).put("name", "Line " + line);
            double y = TOP + (line - 1) * LINE_PITCH;
            String previous = "GOODS-IN";
            for (int i = 1; i <= perLine; i++) {
                String id = String.format(Locale.ROOT, "L%d-%02d", line, i);
                String kind = i == perLine ? "inspection" : i == perLine / 2 ? "buffer" : "process";
                double x = LEFT + (i - 1) * (STATION_W + GAP_X);
                station(stations, id, "Line " + line + " step " + i, department, kind, x, y, STATION_W, STATION_H,
                        kind.equals("buffer") ? 5 : 20 + (i * 7 + line * 3) % 25);
                routes.addObject().put("from", previous).put("to", id);
                if (kind.equals("process") && i % 4 == 1) {
                    machines.addObject().put("id", "M-" + id).put("station", id).put("rated_kw", 5.0 + i % 7);
                    sensors.addObject().put("id", "HS-" + id).put("station", id).put("x", x + 1).put("y", y + 1)
                            .put("warn_c", 60.0).put("alarm_c", 75.0);
                }
                previous = id;
            }
            routes.addObject().put("from", previous).put("to", "DISPATCH");
            routes.addObject().put("from", previous).put("to", "SCRAP");
        }
        return root;
    }

    private static void station(ArrayNode stations, String id, String name, String department, String kind, double x,
                                double y, double width, double height, double idealCycleS) {
        stations.addObject().put("id", id).put("name", name).put("department", department).put("kind", kind)
                .put("x", x).put("y", y).put("width", width).put("height", height).put("ideal_cycle_s", idealCycleS);
    }
}
