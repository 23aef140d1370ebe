package org.floorwatch.views.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.util.converter.LocalDateStringConverter;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.report.ReportKind;

/**
 * Binds the Reports screen's pickers to its view model: the report toggles, the period toggles, the two date
 * pickers (they show the chosen period's first and last production day; changing one chooses a range) and the
 * shift and department drop-downs (their first entry is "all").
 */
final class ReportPickers {

    private final ReportsViewModel model;
    private final HBox kindBar;
    private final HBox periodBar;
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<FilterOption> shift;
    private final ComboBox<FilterOption> department;
    private boolean showingPeriod;

    ReportPickers(ReportsViewModel model, HBox kindBar, HBox periodBar, DatePicker from, DatePicker to,
                  ComboBox<FilterOption> shift, ComboBox<FilterOption> department) {
        this.model = model;
        this.kindBar = kindBar;
        this.periodBar = periodBar;
        this.from = from;
        this.to = to;
        this.shift = shift;
        this.department = department;
    }

    void bind() {
        toggles(kindBar, "report-", List.of(ReportKind.values()), ReportPickers::title, model.kindProperty());
        toggles(periodBar, "period-", List.of(PeriodChoice.values()), PeriodChoice::title, model.choiceProperty());
        from.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        to.setConverter(from.getConverter());
        showPeriod();
        model.chosenProperty().addListener((obs, old, now) -> showPeriod());
        from.valueProperty().addListener((obs, old, now) -> rangePicked());
        to.valueProperty().addListener((obs, old, now) -> rangePicked());
        FloorPlan plan = model.plan();
        List<FilterOption> shifts = new ArrayList<>(List.of(new FilterOption(null, "All shifts")));
        plan.shifts().forEach(s -> shifts.add(new FilterOption(s.name(), s.name() + "  " + s.start() + "\u2013" + s.end())));
        List<FilterOption> departments = new ArrayList<>(List.of(new FilterOption(null, "All departments")));
        plan.departments().forEach(d -> departments.add(new FilterOption(d.id(), d.name())));
        filter(shift, "shift-filter", shifts, model.shiftProperty());
        filter(department, "department-filter", departments, model.departmentProperty());
    }

    private void showPeriod() {
        var period = model.chosenProperty().get().period();
        showingPeriod = true;
        from.setValue(period.from());
        to.setValue(period.to());
        showingPeriod = false;
    }

    private void rangePicked() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (!showingPeriod && first != null && last != null) {
            model.pickRange(first, last);
        }
    }

    private static <T> void toggles(HBox bar, String idPrefix, List<T> values, java.util.function.Function<T, String> title,
                                    ObjectProperty<T> chosen) {
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            ToggleButton button = new ToggleButton(title.apply(value));
            button.setId(idPrefix + ((Enum<?>) value).name());
            button.getStyleClass().add("segment-button");
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setSelected(value == chosen.get());
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T picked = (T) now.getUserData();
                chosen.set(picked);
            }
        });
        chosen.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }

    private static void filter(ComboBox<FilterOption> box, String id, List<FilterOption> options,
                               ObjectProperty<String> chosen) {
        box.setId(id);
        box.getItems().setAll(options);
        Consumer<String> select = value -> box.getSelectionModel().select(
                options.stream().filter(o -> java.util.Objects.equals(o.value(), value)).findFirst().orElse(options.get(0)));
        select.accept(chosen.get());
        box.valueProperty().addListener((obs, old, now) -> chosen.set(now == null ? null : now.value()));
        chosen.addListener((obs, old, now) -> select.accept(now));
    }

    private static String title(ReportKind kind) {
        String word = kind.word();
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
