package org.floorwatch.views.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.read.StoredReports;
import org.floorwatch.localstore.report.ReportKind;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FloorClock;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.rights.Rights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reports screen's state: which report, the period chosen in production days and shifts, the row filters, and
 * the figures last computed. Reports are computed on one background thread from a read connection on the store;
 * a change made while one is computed runs once after it, and {@link #tick} (every 30 s from the view) recomputes
 * while the period holds the floor's now, skipping a tick that finds one still running.
 */
public final class ReportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final FloorPlan plan;
    private final StoredReports reports;
    private final FloorClock clock;
    private final ProductionCalendar calendar;
    private final ExcelExport export;
    private final TaskRunner queries = new TaskRunner("report-queries");
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(this, "kind", ReportKind.PRODUCTION);
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(this, "choice", PeriodChoice.TODAY);
    private final ObjectProperty<String> shift = new SimpleObjectProperty<>(this, "shift");
    private final ObjectProperty<String> department = new SimpleObjectProperty<>(this, "department");
    private final ObjectBinding<RowFilter> filter = Bindings.createObjectBinding(
            () -> new RowFilter(shift.get(), department.get()), shift, department);
    private final ReadOnlyObjectWrapper<ChosenPeriod> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyObjectWrapper<ReportFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private LocalDate rangeFrom;
    private LocalDate rangeTo;
    private boolean runAgain;

    /** On the app's plan, store and floor clock; {@code rights}: whether the desk may export. */
    public ReportsViewModel(FloorSources sources, Rights rights) {
        this(sources.plan(), sources.store(), sources.clock(), rights);
    }

    public ReportsViewModel(FloorPlan plan, FloorStore store, FloorClock clock, Rights rights) {
        this.export = new ExcelExport(rights);
        this.plan = Objects.requireNonNull(plan, "plan");
        this.reports = new StoredReports(Objects.requireNonNull(store, "store"), plan);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calendar = ProductionCalendar.of(plan);
        LocalDate today = calendar.productionDay(clock.now());
        rangeFrom = today.minusDays(6);
        rangeTo = today;
        kind.addListener((obs, old, now) -> refresh());
        choice.addListener((obs, old, now) -> choose());
        chosen.set(PeriodChoice.TODAY.resolve(calendar, clock.now(), null, null));
    }

    public FloorPlan plan() {
        return plan;
    }

    /** Computes the chosen report now (or once the one being computed is done). */
    public void refresh() {
        FxThread.require();
        if (computing.get()) {
            runAgain = true;
            return;
        }
        ChosenPeriod period = chosen.get();
        ReportKind report = kind.get();
        Instant now = clock.now();
        computing.set(true);
        status.set("Computing the " + report.word() + " report\u2026");
        queries.run(BackgroundTask.of(() -> reports.compute(report, period.period(), now))
                .onSuccess(done -> computed(new ReportFigures(period, done.report(), done.wipGrid(), now), null))
                .onFailure(e -> {
                    LOG.warn("the {} report over {} failed: {}", report.word(), period.period(), e.getMessage());
                    computed(null, "Could not compute the " + report.word() + " report: " + e.getMessage());
                })
                .onCancelled(() -> computing.set(false)));
    }

    /**
     * Called every 30 s on the JavaFX thread: moves "today" and its kin on when the production day or shift
     * changes, and recomputes while the period holds the floor's now, unless a computation is running.
     */
    public void tick() {
        FxThread.require();
        Instant now = clock.now();
        if (choice.get() != PeriodChoice.RANGE) {
            ChosenPeriod moved = choice.get().resolve(calendar, now, null, null);
            if (!moved.sameAs(chosen.get())) {
                choose();
                return;
            }
        }
        if (chosen.get().holds(now) && !computing.get()) {
            refresh();
        }
    }

    /** The workbook's suggested name, e.g. {@code production-2026-11-02-2026-11-02.xlsx}. */
    public String exportFileName() {
        var period = chosen.get().period();
        return kind.get().word() + "-" + period.from() + "-" + period.to() + ".xlsx";
    }

    /** Starts exporting the whole report on screen (all rows, whatever the filters show) to {@code file}. */
    public void exportTo(Path file) {
        ReportFigures shown = figures.get();
        if (shown != null) {
            export.start(shown.report().document(clock.now()), file);
        }
    }

    public ExcelExport export() {
        return export;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    /** Chooses the production days {@code from} to {@code to} (a range). */
    public void pickRange(LocalDate from, LocalDate to) {
        FxThread.require();
        rangeFrom = from;
        rangeTo = to;
        if (choice.get() == PeriodChoice.RANGE) {
            choose();
        } else {
            choice.set(PeriodChoice.RANGE);
        }
    }

    /** The shift whose rows are shown, null for all. */
    public ObjectProperty<String> shiftProperty() {
        return shift;
    }

    /** The department whose rows are shown, null for all. */
    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectBinding<RowFilter> filter() {
        return filter;
    }

    public ReadOnlyObjectProperty<ChosenPeriod> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** What the screen is doing or last did, one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Stops the background threads; the view model is not used afterwards. */
    public void dispose() {
        queries.close();
        export.dispose();
    }

    private void choose() {
        ChosenPeriod period;
        try {
            period = choice.get().resolve(calendar, clock.now(), rangeFrom, rangeTo);
        } catch (IllegalArgumentException e) {
            status.set("Not a period: " + e.getMessage());
            return;
        }
        ChosenPeriod before = chosen.get();
        chosen.set(period);
        if (period.shift() != null) {
            shift.set(period.shift());
        } else if (before != null && before.shift() != null && before.shift().equals(shift.get())) {
            shift.set(null);
        }
        refresh();
    }

    private void computed(ReportFigures result, String failure) {
        computing.set(false);
        if (runAgain) {
            runAgain = false;
            refresh();
            return;
        }
        if (result == null) {
            status.set(failure);
            return;
        }
        figures.set(result);
        String at = CLOCK.format(result.computedAt().atZone(calendar.zone()))
                + (clock.name().isEmpty() ? "" : " (" + clock.name() + ")");
        status.set(result.report().header().soFar() ? "So far, to " + at + " \u00b7 live, every 30 s"
                : "Updated " + at);
    }
}
