package org.floorwatch.views.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.floorwatch.floorplan.FloorPlan.Station;

/**
 * Level of detail for the stations' words, worked out whenever the view changes (never per frame): where each
 * station's name goes and where its WIP badge may go, so that neither leaves its station nor covers the other,
 * and more of them show as the map is zoomed in. A station tall enough shows its name over its badge; a shorter one
 * keeps room for a badge at its right end and shows its name in the rest only if it fits; a station too small for
 * any of it shows only its outline (its figures are one hover away, and the heat still shows its WIP). A name is
 * the station's name, else its id, at the normal then the small size, else as much of the id as fits.
 */
final class StationLabels {

    /** A station this tall (pixels) or more shows its WIP badge under its name. */
    static final double ROOM_FOR_BADGE_PX = 34;
    /** Room kept at a short station's right end for a badge of a number. */
    static final double BADGE_RESERVE_PX = 26;
    static final double BADGE_HEIGHT_PX = 15;
    private static final double MIN_BADGE_HEIGHT_PX = 11;
    private static final double MIN_NAME_HEIGHT_PX = 12;
    private static final double PADDING_PX = 6;
    private static final int MIN_SHORTENED = 3;

    private final List<Station> stations;
    private final Text measure = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final String[] names;
    private final Font[] fonts;
    private final double[] nameX;
    private final double[] nameY;
    private final double[] badgeX;
    private final double[] badgeY;
    private final double[] badgeRoom;
    private final double[] badgeHeight;

    StationLabels(List<Station> stations) {
        this.stations = stations;
        int n = stations.size();
        names = new String[n];
        fonts = new Font[n];
        nameX = new double[n];
        nameY = new double[n];
        badgeX = new double[n];
        badgeY = new double[n];
        badgeRoom = new double[n];
        badgeHeight = new double[n];
    }

    /** Works out every station's name and badge slot for the view as it is now. */
    void layout(MapViewport view) {
        for (int i = 0; i < stations.size(); i++) {
            Station station = stations.get(i);
            double x = Canvases.crisp(view.screenX(station.x()));
            double y = Canvases.crisp(view.screenY(station.y()));
            double w = Math.round(station.width() * view.scale());
            double h = Math.round(station.height() * view.scale());
            names[i] = null;
            badgeRoom[i] = h >= MIN_BADGE_HEIGHT_PX ? w - 4 : 0;
            badgeHeight[i] = Math.min(BADGE_HEIGHT_PX, h - 2);
            badgeX[i] = x + w / 2;
            badgeY[i] = y + h / 2;
            if (h >= ROOM_FOR_BADGE_PX) {
                name(i, station, w - PADDING_PX, x + w / 2, y + h / 2 - 7);
                badgeY[i] = y + h / 2 + 9;
            } else if (h >= MIN_NAME_HEIGHT_PX && name(i, station, w - PADDING_PX - BADGE_RESERVE_PX,
                    x + (w - BADGE_RESERVE_PX) / 2, y + h / 2)) {
                badgeRoom[i] = BADGE_RESERVE_PX - 2;
                badgeX[i] = x + w - BADGE_RESERVE_PX / 2;
            }
        }
    }

    /** The name drawn in station {@code i}, or null: too small for one. */
    String name(int i) {
        return names[i];
    }

    Font font(int i) {
        return fonts[i];
    }

    /** Where the name is centred. */
    double nameX(int i) {
        return nameX[i];
    }

    double nameY(int i) {
        return nameY[i];
    }

    /** Where a badge is centred. */
    double badgeX(int i) {
        return badgeX[i];
    }

    double badgeY(int i) {
        return badgeY[i];
    }

    /** How wide a badge may be in station {@code i}, pixels; 0: none fits. */
    double badgeRoom(int i) {
        return badgeRoom[i];
    }

    /** A badge's height in station {@code i}. */
    double badgeHeight(int i) {
        return badgeHeight[i];
    }

    /** The text's width in {@code font}, pixels (measured once per text and font). */
    double width(String text, Font font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> {
            measure.setFont(font);
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private boolean name(int i, Station station, double room, double centreX, double centreY) {
        String text = fitting(i, station, room);
        if (text == null) {
            return false;
        }
        names[i] = text;
        nameX[i] = centreX;
        nameY[i] = centreY;
        return true;
    }

    private String fitting(int i, Station station, double room) {
        for (Font font : List.of(MapPalette.STATION_FONT, MapPalette.STATION_SMALL_FONT)) {
            for (String text : List.of(station.name(), station.id())) {
                if (width(text, font) <= room) {
                    fonts[i] = font;
                    return text;
                }
            }
        }
        for (int length = station.id().length() - 1; length >= MIN_SHORTENED; length--) {
            String text = station.id().substring(0, length) + "\u2026";
            if (width(text, MapPalette.STATION_SMALL_FONT) <= room) {
                fonts[i] = MapPalette.STATION_SMALL_FONT;
                return text;
            }
        }
        return null;
    }
}
