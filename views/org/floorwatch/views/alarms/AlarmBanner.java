package org.floorwatch.views.alarms;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmPriority;
import org.floorwatch.floorplan.alarm.AlarmRate;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;

/**
 * The alarm banner, on top of every screen: the active alarms nobody acknowledged or shelved, counted by priority
 * (shape, number and word), the newest of them, and the rate of new alarms against EEMUA 191's one per ten minutes,
 * saying "FLOOD" beyond ISA-18.2's ten. A click opens the alarm list on the newest. Follows the feed from
 * {@link #start} to {@link #stop}.
 */
public final class AlarmBanner extends HBox {

    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final AlarmFeed feed;
    private final AlarmWords words;
    private final Map<AlarmPriority, Label> counts = new EnumMap<>(AlarmPriority.class);
    private final Label newest = new Label();
    private final Label rate = new Label();
    private final Label flood = new Label("FLOOD");
    private Subscription following = Subscription.EMPTY;
    private Row shownNewest;

    /** {@code open}: what a click does, given the newest calling alarm (null when none calls). */
    public AlarmBanner(AlarmFeed feed, ZoneId zone, Consumer<Row> open) {
        this.feed = feed;
        this.words = new AlarmWords(zone);
        setId("alarmBanner");
        getStyleClass().add("alarm-banner");
        Label title = new Label("ALARMS");
        title.getStyleClass().add("banner-title");
        getChildren().add(title);
        for (AlarmPriority priority : AlarmPriority.values()) {
            Label count = new Label();
            count.setId("banner-" + priority.word());
            count.getStyleClass().addAll("banner-count", "priority-" + priority.word());
            count.setGraphic(PriorityGlyph.of(priority, false));
            counts.put(priority, count);
            getChildren().add(count);
        }
        newest.setId("bannerNewest");
        newest.getStyleClass().add("banner-newest");
        rate.setId("bannerRate");
        rate.getStyleClass().add("banner-rate");
        flood.setId("bannerFlood");
        flood.getStyleClass().add("banner-flood");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(newest, spacer, rate, flood);
        setCursor(Cursor.HAND);
        setOnMouseClicked(e -> open.accept(shownNewest));
    }

    public void start() {
        feed.start();
        following = feed.snapshotProperty().subscribe(this::show);
    }

    public void stop() {
        following.unsubscribe();
        following = Subscription.EMPTY;
        feed.stop();
    }

    private void show(AlarmSnapshot snapshot) {
        AlarmBoard.Banner banner = snapshot.board().banner();
        for (AlarmPriority priority : AlarmPriority.values()) {
            int n = banner.calling().getOrDefault(priority, 0);
            Label count = counts.get(priority);
            count.setText(n + " " + AlarmWords.priority(priority));
            count.pseudoClassStateChanged(NONE, n == 0);
        }
        shownNewest = banner.newest();
        getStyleClass().removeAll("calling");
        if (!snapshot.ready() && banner.total() == 0) {
            newest.setText("Reading the alarm history\u2026");
            newest.setGraphic(null);
        } else if (shownNewest == null) {
            newest.setText("No active alarm waiting for acknowledgement");
            newest.setGraphic(null);
        } else {
            getStyleClass().add("calling");
            newest.setGraphic(PriorityGlyph.of(shownNewest.episode().priority(), false));
            newest.setText("Newest: " + shownNewest.episode().source() + " \u00b7 " + AlarmWords.what(shownNewest.episode())
                    + " \u00b7 since " + words.time(shownNewest.episode().start()));
        }
        rate.setText(banner.startedLastWindow() + " new in 10 min (EEMUA 191 target: " + AlarmRate.TARGET_PER_WINDOW + ")");
        flood.setVisible(banner.flood());
        flood.setManaged(banner.flood());
    }
}
