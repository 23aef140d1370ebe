package org.floorwatch.views.shiftlog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.shiftlog.ShiftLog;
import org.floorwatch.localstore.shiftlog.ShiftNote;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.Rights;

/**
 * The shift log's state: this shift's notes and the last shift's (by the floor clock), and saving a note or a
 * correction of one, stamped with the time and the operator's name. Notes are read and written off the JavaFX
 * thread; nothing is ever edited.
 */
public final class ShiftLogViewModel {

    private static final DateTimeFormatter SHIFT_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ShiftLog log;
    private final Supplier<Instant> clock;
    private final Actor operator;
    private final Rights rights;
    private final ZoneId zone;
    private final TaskRunner thread = new TaskRunner("shift-log");
    private final ObservableList<ShiftNote> thisShift = FXCollections.observableArrayList();
    private final ObservableList<ShiftNote> lastShift = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper thisTitle = new ReadOnlyStringWrapper(this, "thisTitle", "This shift");
    private final ReadOnlyStringWrapper lastTitle = new ReadOnlyStringWrapper(this, "lastTitle", "Last shift");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<ShiftNote> correcting = new SimpleObjectProperty<>(this, "correcting");

    /** {@code operator}: who writes at this desk; {@code rights}: whether they may (a note refused says why). */
    public ShiftLogViewModel(ShiftLog log, Supplier<Instant> clock, Actor operator, Rights rights) {
        this.log = log;
        this.clock = clock;
        this.operator = operator;
        this.rights = rights;
        this.zone = log.calendar().zone();
    }

    public ObservableList<ShiftNote> thisShift() {
        return thisShift;
    }

    public ObservableList<ShiftNote> lastShift() {
        return lastShift;
    }

    public ReadOnlyStringProperty thisTitleProperty() {
        return thisTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastTitleProperty() {
        return lastTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The note a correction is being written for, or null for a new note. */
    public ObjectProperty<ShiftNote> correctingProperty() {
        return correcting;
    }

    public String operator() {
        return operator.name();
    }

    public Rights rights() {
        return rights;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Reads both shifts' notes again, off the JavaFX thread. */
    public void refresh() {
        Instant now = clock.get();
        ShiftSlot current = log.calendar().shiftAt(now);
        ShiftSlot previous = ShiftLog.previousShift(log.calendar(), now);
        thread.run(BackgroundTask.of(() -> List.of(log.of(current), log.of(previous))).onSuccess(notes -> {
            thisTitle.set("This shift: " + describe(current));
            lastTitle.set("Last shift: " + describe(previous));
            thisShift.setAll(notes.get(0));
            lastShift.setAll(notes.get(1));
        }).onFailure(e -> message.set("Could not read the shift log: " + e.getMessage())));
    }

    /** Saves {@code text} as a new note, or as a correction of the note being corrected. */
    public void save(String text) {
        if (!rights.allow(Right.SHIFT_NOTE)) {
            message.set(rights.refusal(Right.SHIFT_NOTE));
            return;
        }
        if (text == null || text.isBlank()) {
            message.set("Write the note first");
            return;
        }
        ShiftNote corrected = correcting.get();
        log.write(operator, clock.get(), text, corrected == null ? null : corrected.id()).whenComplete((note, failure) ->
                FxThread.run(() -> {
                    if (failure != null) {
                        message.set("Not saved: " + (failure.getCause() == null ? failure : failure.getCause()).getMessage());
                        return;
                    }
                    message.set((corrected == null ? "Note saved" : "Correction saved") + " at "
                            + END_TIME.format(note.writtenAt().atZone(zone)) + " as " + operator.name());
                    correcting.set(null);
                    refresh();
                }));
    }

    public void dispose() {
        thread.close();
    }

    /** "B, Tue 3 Nov 14:00-22:00". */
    String describe(ShiftSlot slot) {
        return slot.shift().name() + ", " + SHIFT_TIME.format(slot.start().atZone(zone)) + "\u2013"
                + END_TIME.format(slot.end().atZone(zone));
    }
}
