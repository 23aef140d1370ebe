package org.floorwatch.views.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.floorwatch.views.alarms.AlarmsView;
import org.floorwatch.views.map.MapPalette;
import org.floorwatch.views.reports.ReportsView;
import org.floorwatch.views.shiftlog.ShiftLogView;
import org.floorwatch.views.sources.SourcesView;
import org.junit.jupiter.api.Test;

/** Every colour is written once, in the palette of floorwatch.css; stylesheets and code take it from there. */
class PaletteTest {

    private static final Pattern LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(");
    private static final Pattern NAME = Pattern.compile("-fw-[a-z0-9-]+");

    @Test
    void noStylesheetWritesAColourOutsideThePalette() throws IOException {
        String theme = read(Theme.class, "floorwatch.css");
        String afterPalette = theme.substring(theme.indexOf("-fx-font-size"));
        for (String css : List.of(afterPalette, read(ReportsView.class, "reports.css"), read(SourcesView.class, "sources.css"),
                read(AlarmsView.class, "alarms.css"), read(ShiftLogView.class, "shiftlog.css"))) {
            Matcher literal = LITERAL.matcher(stripComments(css));
            assertThat(literal.find() ? literal.group() : null).as("a colour written outside the palette").isNull();
        }
    }

    @Test
    void everyColourAStylesheetNamesIsInThePalette() throws IOException {
        for (String css : List.of(read(Theme.class, "floorwatch.css"), read(ReportsView.class, "reports.css"),
                read(SourcesView.class, "sources.css"), read(AlarmsView.class, "alarms.css"),
                read(ShiftLogView.class, "shiftlog.css"))) {
            Matcher name = NAME.matcher(stripComments(css));
            while (name.find()) {
                assertThat(Palette.names()).as("the stylesheets name " + name.group()).contains(name.group());
            }
        }
    }

    @Test
    void theMapAndTheTilesPaintWithThePalettesColours() {
        assertThat(MapPalette.WARN).isEqualTo(Color.web("#f0a500"));
        assertThat(MapPalette.STATION_FILL).isEqualTo(Color.web("#262a30", 0.86));
        assertThat(Theme.PANEL).as("a colour naming another").isEqualTo(MapPalette.FLOOR);
        assertThatThrownBy(() -> Palette.color("-fw-no-such")).hasMessageContaining("-fw-no-such");
    }

    private static String read(Class<?> next, String name) throws IOException {
        try (InputStream in = next.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
