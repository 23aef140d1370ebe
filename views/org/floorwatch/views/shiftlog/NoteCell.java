package org.floorwatch.views.shiftlog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.floorwatch.localstore.shiftlog.ShiftNote;

/**
 * A shift note as a list shows it: the time and the writer above the text; a correction says which note it
 * corrects, and a corrected note says that it was corrected (it stays, as written).
 */
public final class NoteCell extends ListCell<ShiftNote> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private final Function<String, ShiftNote> noteById;
    private final Function<String, ShiftNote> correctionOf;

    NoteCell(ZoneId zone, Function<String, ShiftNote> noteById, Function<String, ShiftNote> correctionOf) {
        this.zone = zone;
        this.noteById = noteById;
        this.correctionOf = correctionOf;
    }

    /** Cells finding originals and corrections among the notes {@code known} gives at the time. */
    public static NoteCell of(ZoneId zone, Supplier<List<ShiftNote>> known) {
        return new NoteCell(zone, id -> byId(known.get()).get(id), id -> known.get().stream()
                .filter(n -> id.equals(n.corrects())).findFirst().orElse(null));
    }

    @Override
    protected void updateItem(ShiftNote note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String meta = TIME.format(note.writtenAt().atZone(zone)) + "  " + note.writtenBy();
        if (note.isCorrection()) {
            ShiftNote original = noteById.apply(note.corrects());
            meta += "  \u00b7 correction" + (original == null ? "" : " of the " + TIME.format(original.writtenAt().atZone(zone))
                    + " note");
        }
        ShiftNote correction = correctionOf.apply(note.id());
        if (correction != null) {
            meta += "  \u00b7 corrected at " + TIME.format(correction.writtenAt().atZone(zone));
        }
        Label metaLabel = new Label(meta);
        metaLabel.getStyleClass().add("shift-note-meta");
        Label text = new Label(note.text());
        text.getStyleClass().add("shift-note");
        text.setWrapText(true);
        text.setMaxWidth(560);
        setGraphic(new VBox(2, metaLabel, text));
        setText(null);
    }

    private static Map<String, ShiftNote> byId(List<ShiftNote> notes) {
        return notes.stream().collect(Collectors.toMap(ShiftNote::id, n -> n, (a, b) -> a));
    }
}
