package org.floorwatch.views.shiftlog;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.floorwatch.localstore.shiftlog.ShiftNote;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FxTicks;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.floor.FloorPart;

/**
 * The last shift's notes on the Floor screen, for the incoming shift: read when the screen is shown and every
 * minute while it is (off the JavaFX thread), the newest {@value #SHOWN} of them.
 */
public final class LastShiftNotes implements FloorPart {

    static final int SHOWN = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ShiftLog log;
    private final Supplier<Instant> clock;
    private final VBox panel = new VBox(4);
    private final Label title = new Label("Last shift's notes");
    private final VBox notes = new VBox(6);
    private final TaskRunner thread = new TaskRunner("last-shift-notes");
    private final FxTicks ticks;

    public LastShiftNotes(ShiftLog log, Supplier<Instant> clock) {
        this.log = log;
        this.clock = clock;
        panel.setId("lastShiftNotes");
        title.getStyleClass().add("shift-notes-title");
        panel.getChildren().addAll(title, notes);
        ticks = FxTicks.every(Duration.ofMinutes(1), this::refresh);
    }

    @Override
    public Node panel() {
        return panel;
    }

    @Override
    public void activate() {
        refresh();
        ticks.start();
    }

    @Override
    public void deactivate() {
        ticks.stop();
    }

    @Override
    public void dispose() {
        thread.close();
    }

    private void refresh() {
        ShiftSlot last = ShiftLog.previousShift(log.calendar(), clock.get());
        thread.run(BackgroundTask.of(() -> log.of(last)).onSuccess(found -> show(last, found)));
    }

    private void show(ShiftSlot last, List<ShiftNote> found) {
        title.setText("Last shift's notes (" + last.shift().name() + ")" + (found.isEmpty() ? ": none" : ""));
        List<ShiftNote> newest = found.subList(Math.max(0, found.size() - SHOWN), found.size());
        notes.getChildren().setAll(newest.stream().map(note -> {
            Label meta = new Label(TIME.format(note.writtenAt().atZone(log.calendar().zone())) + "  " + note.writtenBy()
                    + (note.isCorrection() ? "  \u00b7 correction" : ""));
            meta.getStyleClass().add("shift-note-meta");
            Label text = new Label(note.text());
            text.getStyleClass().add("shift-note");
            text.setWrapText(true);
            return (Node) new VBox(1, meta, text);
        }).toList());
    }
}
