package org.floorwatch.views.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.scene.paint.Color;

/**
 * The app's colours for code that paints by itself (the floor map, the WIP grid, the TilesFX tiles), read from the
 * one place they are written: the {@code -fw-*} looked-up colours of the {@code .root} rule in
 * {@code floorwatch.css}, parsed by JavaFX's own CSS parser. A colour may name another ({@code -fw-panel:
 * -fw-floor}).
 */
public final class Palette {

    /** The stylesheet that holds the palette. */
    static final URL STYLESHEET = Palette.class.getResource("floorwatch.css");

    private static final Map<String, Object> ROOT = rootColours();

    private Palette() {
    }

    /**
     * The colour named {@code name} (e.g. {@code -fw-warn}).
     *
     * @throws IllegalArgumentException if the stylesheet does not define it
     */
    public static Color color(String name) {
        Object value = ROOT.get(name);
        for (int hops = 0; value instanceof String other && hops < 8; hops++) {
            value = ROOT.get(other);
        }
        if (value instanceof Color color) {
            return color;
        }
        throw new IllegalArgumentException("floorwatch.css defines no colour " + name);
    }

    /** The names the palette defines. */
    static Set<String> names() {
        return ROOT.keySet();
    }

    private static Map<String, Object> rootColours() {
        Map<String, Object> colours = new HashMap<>();
        try {
            for (Rule rule : new CssParser().parse(STYLESHEET).getRules()) {
                if (rule.getSelectors().stream().noneMatch(selector -> selector.toString().equals("*.root"))) {
                    continue;
                }
                for (Declaration declaration : rule.getDeclarations()) {
                    if (declaration.getProperty().startsWith("-fw-")) {
                        ParsedValue<?, ?> value = declaration.getParsedValue();
                        colours.put(declaration.getProperty(), value.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the palette in " + STYLESHEET, e);
        }
        return Map.copyOf(colours);
    }
}
