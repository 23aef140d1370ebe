package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;

/**
 * The Floor screen's time bar: a LIVE badge (or the instant shown, with Back to live), steps back and forward by
 * a minute, an hour and a shift, play and pause at 1x to 3,600x, "go to" a day, a shift or a time, and the
 * {@link TimeScrubber} over the store's history. Keys while the screen is shown: space plays or pauses, left and
 * right step a minute (with Shift an hour, with Ctrl a shift), Home goes to the start of the history, End back to
 * live. Everything is done by {@link FloorTime}; this only shows it.
 */
final class TimeBar extends VBox {

    private final FloorTime time;
    private final ProductionCalendar calendar;
    private final Label badge = new Label("LIVE");
    private final Label instant = new Label();
    private final Label note = new Label();
    private final Button backToLive = new Button("Back to live");
    private final Button play = new Button("\u25b6 Play");
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final TextField goTo = new TextField();
    private final Tooltip help = new Tooltip("A production day (2026-10-27), a shift (2026-10-27 C), a time on the day "
            + "shown (03:00) or a date and time (2026-10-27 03:00); Enter to go");
    private final TimeScrubber scrubber;
    private final EventHandler<KeyEvent> keys = this::key;
    private Subscription shown = Subscription.EMPTY;

    TimeBar(FloorTime time, ProductionCalendar calendar) {
        this.time = time;
        this.calendar = calendar;
        this.scrubber = new TimeScrubber(calendar, time::seek);
        getStyleClass().add("time-bar");
        badge.setId("time-badge");
        instant.setId("time-instant");
        note.setId("time-note");
        note.getStyleClass().add("time-note");
        backToLive.setId("time-back-to-live");
        play.setId("time-play");
        goTo.setId("time-go-to");
        scrubber.setId("time-scrubber");
        instant.getStyleClass().add("time-instant");
        backToLive.setOnAction(e -> time.backToLive());
        play.setOnAction(e -> time.togglePlay());
        play.setPrefWidth(72);
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        backToLive.setTooltip(new Tooltip("Show the floor now (End)"));
        speed.getItems().setAll(FloorTime.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%,.0fx", value);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("x", "").replace(",", ""));
            }
        });
        speed.setValue(time.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> time.speedProperty().set(now));
        speed.setTooltip(new Tooltip("Playing speed: floor time per real second"));
        goTo.setPromptText("Go to: 2026-10-27, 2026-10-27 C, 03:00");
        goTo.setPrefColumnCount(15);
        goTo.setTooltip(help);
        goTo.setOnAction(e -> goTo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(badge, instant, note, gap, goTo, backToLive);
        top.getStyleClass().add("time-controls");
        HBox transport = new HBox(step("\u00ab Shift", "Back a shift (Ctrl+Left)", () -> time.stepShifts(-1)),
                step("\u2039 1 h", "Back an hour (Shift+Left)", () -> time.step(Duration.ofHours(-1))),
                step("\u2039 1 min", "Back a minute (Left)", () -> time.step(Duration.ofMinutes(-1))), play,
                step("1 min \u203a", "On a minute (Right)", () -> time.step(Duration.ofMinutes(1))),
                step("1 h \u203a", "On an hour (Shift+Right)", () -> time.step(Duration.ofHours(1))),
                step("Shift \u00bb", "On a shift (Ctrl+Right)", () -> time.stepShifts(1)), speed);
        transport.getStyleClass().add("time-controls");
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        HBox bottomRow = new HBox(transport, scrubber);
        bottomRow.getStyleClass().add("time-controls");
        for (Region fixed : new Region[] {badge, play, speed, goTo, backToLive}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().setAll(top, bottomRow);
    }

    /** Follows the model while the screen is shown, and takes its keys. */
    void activate() {
        shown = Subscription.combine(time.liveProperty().subscribe(this::refresh),
                time.playingProperty().subscribe(this::refresh), time.shownProperty().subscribe(this::moved),
                time.outlineProperty().subscribe(this::refresh), time.noteProperty().subscribe(note::setText));
        if (getScene() != null) {
            getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    void deactivate() {
        shown.unsubscribe();
        shown = Subscription.EMPTY;
        if (getScene() != null) {
            getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /** Once a second too: the history grows while live. */
    void refresh() {
        boolean live = time.liveProperty().get();
        badge.setText(live ? "\u25cf LIVE" : "PAST");
        String style = live ? "live-badge" : "past-badge";
        if (!badge.getStyleClass().contains(style)) {
            badge.getStyleClass().setAll("label", style);
        }
        backToLive.setDisable(live);
        play.setText(time.playingProperty().get() ? "Pause" : "\u25b6 Play");
        moved();
    }

    /** The instant on screen moved (several times a second while playing): its words and the scrubber's cursor. */
    private void moved() {
        boolean live = time.liveProperty().get();
        Instant at = time.current();
        ShiftSlot shift = calendar.shiftAt(at);
        instant.setText(String.format(Locale.ROOT, "%1$ta %1$te %1$tb %1$tY %1$tH:%1$tM:%1$tS %1$tZ \u00b7 shift %2$s of %3$te %3$tb",
                at.atZone(calendar.zone()), shift.shift().name(), shift.day()));
        scrubber.show(time.outlineProperty().get(), newest(at), at, live);
    }

    private Instant newest(Instant at) {
        var outline = time.outlineProperty().get();
        Instant last = outline.isEmpty() ? at : outline.last();
        Instant now = time.liveProperty().get() ? at : last;
        return now.isAfter(last) ? now : last;
    }

    private void goTo() {
        String error = time.goTo(goTo.getText());
        goTo.getStyleClass().remove("input-error");
        if (error == null) {
            goTo.clear();
            goTo.setTooltip(help);
            note.setText("");
            requestFocus();
        } else {
            goTo.getStyleClass().add("input-error");
            goTo.setTooltip(new Tooltip(error));
            note.setText(error);
        }
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || !isVisible()) {
            return;
        }
        KeyCode code = e.getCode();
        Duration minute = Duration.ofMinutes(1);
        switch (code) {
            case SPACE -> time.togglePlay();
            case LEFT, RIGHT -> {
                int sign = code == KeyCode.LEFT ? -1 : 1;
                if (e.isShortcutDown()) {
                    time.stepShifts(sign);
                } else {
                    time.step((e.isShiftDown() ? Duration.ofHours(1) : minute).multipliedBy(sign));
                }
            }
            case HOME -> {
                var outline = time.outlineProperty().get();
                if (!outline.isEmpty()) {
                    time.seek(outline.first());
                }
            }
            case END -> time.backToLive();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static Button step(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("time-step");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
