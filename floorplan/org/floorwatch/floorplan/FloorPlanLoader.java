package org.floorwatch.floorplan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads floor plans (contract section 2) from files, text or the plan shipped with Floorwatch.
 * A plan is returned only if it keeps every rule of {@link FloorPlanRules}; otherwise it is refused
 * whole with an {@link InvalidPlanException}. Unknown extra fields are ignored.
 */
public final class FloorPlanLoader {

    /** The plan shipped with Floorwatch, used when no plan is given. */
    private static final String DEFAULT_PLAN = "/org/floorwatch/floorplan/mycpu-fab1.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private FloorPlanLoader() {
    }

    /** Reads and checks the plan in {@code file} (UTF-8, with or without a byte-order mark). */
    public static FloorPlan load(Path file) {
        return PlanFile.read(file).plan();
    }

    /** The text of a plan file; throws {@link InvalidPlanException} if it cannot be read as UTF-8 text. */
    static String text(Path file) {
        String source = file.toString();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidPlanException(source, "no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidPlanException(source, "not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidPlanException(source, "cannot be read (" + FileTrouble.of(e) + ")");
        }
    }

    /** Parses and checks a plan; {@code sourceName} names it in error messages. */
    public static FloorPlan parse(String json, String sourceName) {
        JsonNode root;
        try {
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException(sourceName, "not valid JSON (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPlanException(sourceName, "not valid JSON (the text is empty)");
        }
        FloorPlan plan = PlanReader.read(PlanEntry.root(root, sourceName));
        FloorPlanRules.check(plan, sourceName);
        return plan;
    }

    /** The plan shipped with Floorwatch. */
    public static FloorPlan defaultPlan() {
        try (InputStream in = FloorPlanLoader.class.getResourceAsStream(DEFAULT_PLAN)) {
            if (in == null) {
                throw new IllegalStateException("the default floor plan " + DEFAULT_PLAN + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_PLAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
