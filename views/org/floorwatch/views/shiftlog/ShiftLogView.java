package org.floorwatch.views.shiftlog;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.floorwatch.localstore.shiftlog.ShiftNote;
import org.floorwatch.views.ScreenLayout;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.RightsOnScreen;

/**
 * The shift log screen's view ({@code ShiftLogView.fxml}): this shift's notes beside the last shift's, and a note
 * written below; choosing a note and "Correct" writes a correction of it. Reads again every half minute while shown,
 * so the columns move on when the shift changes.
 */
public final class ShiftLogView implements ScreenView {

    private final ShiftLogViewModel model;
    private final Parent root;
    private final Timeline ticks;

    @FXML private Label thisTitle;
    @FXML private Label lastTitle;
    @FXML private ListView<ShiftNote> thisShift;
    @FXML private ListView<ShiftNote> lastShift;
    @FXML private Label writing;
    @FXML private TextArea text;
    @FXML private Button save;
    @FXML private Button correct;
    @FXML private Button cancelCorrection;
    @FXML private Label message;
    @FXML private Label rightsNote;
    @FXML private HBox writeRow;
    @FXML private Label writeHint;

    public ShiftLogView(ShiftLogViewModel model) {
        this.model = model;
        root = ScreenLayout.load(this, "ShiftLogView.fxml", "shift log");
        ticks = new Timeline(new KeyFrame(Duration.seconds(30), e -> model.refresh()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        thisTitle.textProperty().bind(model.thisTitleProperty());
        lastTitle.textProperty().bind(model.lastTitleProperty());
        thisShift.setItems(model.thisShift());
        lastShift.setItems(model.lastShift());
        thisShift.setCellFactory(list -> NoteCell.of(model.zone(), this::allNotes));
        lastShift.setCellFactory(list -> NoteCell.of(model.zone(), this::allNotes));
        message.textProperty().bind(model.messageProperty());
        thisShift.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lastShift.getSelectionModel().clearSelection();
            }
        });
        lastShift.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                thisShift.getSelectionModel().clearSelection();
            }
        });
        model.correctingProperty().subscribe(note -> {
            writing.setText(note == null ? "New note, as " + model.operator()
                    : "Correction of the note by " + note.writtenBy() + ": \u201c" + note.text() + "\u201d");
            save.setText(note == null ? "Save note" : "Save correction");
            cancelCorrection.setVisible(note != null);
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveClicked();
            }
        });
        RightsOnScreen.guard(model.rights(), Right.SHIFT_NOTE, rightsNote, writing, text, writeRow, writeHint);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.refresh();
        ticks.play();
    }

    @Override
    public void deactivate() {
        ticks.stop();
    }

    @Override
    public void dispose() {
        deactivate();
        model.dispose();
    }

    @FXML
    private void saveClicked() {
        model.save(text.getText());
        text.clear();
    }

    @FXML
    private void correctClicked() {
        ShiftNote chosen = thisShift.getSelectionModel().getSelectedItem() != null
                ? thisShift.getSelectionModel().getSelectedItem() : lastShift.getSelectionModel().getSelectedItem();
        model.correctingProperty().set(chosen);
        if (chosen != null) {
            text.setText(chosen.text());
            text.requestFocus();
        }
    }

    @FXML
    private void cancelClicked() {
        model.correctingProperty().set(null);
    }

    private List<ShiftNote> allNotes() {
        List<ShiftNote> all = new ArrayList<>(model.lastShift());
        all.addAll(model.thisShift());
        return all;
    }
}
