package org.floorwatch.views.alarms;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.localstore.report.AlarmsFigures;
import org.floorwatch.localstore.report.ReportDocument;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.reports.ExcelExport;
import org.floorwatch.views.rights.Rights;

/**
 * The alarm journal's state: every episode overlapping the chosen production days (and shift, when one is chosen),
 * oldest first, each with its acknowledgement and shelvings; and its export to Excel, the same workbook as the
 * {@code alarms} command's for those rows. Follows the feed only while shown.
 */
public final class JournalViewModel {

    private final AlarmFeed feed;
    private final FloorPlan plan;
    private final ProductionCalendar calendar;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<String> shift = new SimpleObjectProperty<>(this, "shift");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ExcelExport export;
    private Subscription shown = Subscription.EMPTY;
    private AlarmBoard shownBoard = AlarmBoard.EMPTY;

    /** {@code rights}: whether the desk may export. */
    public JournalViewModel(AlarmFeed feed, FloorPlan plan, Rights rights) {
        this.export = new ExcelExport(rights);
        this.feed = feed;
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
    }

    public FloorPlan plan() {
        return plan;
    }

    /** The first production day shown; null until the screen is first shown (then today). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The shift shown, by name; null for all. */
    public ObjectProperty<String> shiftProperty() {
        return shift;
    }

    /** The episodes shown, oldest first; a new list (only when they changed) on the JavaFX thread. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ExcelExport export() {
        return export;
    }

    public void activate() {
        if (from.get() == null) {
            LocalDate today = calendar.productionDay(feed.desk().now());
            from.set(today);
            to.set(today);
        }
        shown = Subscription.combine(feed.snapshotProperty().subscribe(snapshot -> show()),
                from.subscribe(day -> show()), to.subscribe(day -> show()), shift.subscribe(name -> show()));
    }

    public void deactivate() {
        shown.unsubscribe();
        shown = Subscription.EMPTY;
    }

    public void dispose() {
        deactivate();
        export.dispose();
    }

    /** A file name for the export, e.g. {@code alarms-2026-11-02-to-2026-11-03-B.xlsx}. */
    public String exportFileName() {
        return "alarms-" + first() + "-to-" + last() + (shift.get() == null ? "" : "-" + shift.get()) + ".xlsx";
    }

    /** Writes the rows shown as the alarms workbook. */
    public void exportTo(Path file) {
        AlarmsFigures figures = new AlarmsFigures(plan, ReportPeriod.of(first(), last(), calendar));
        ReportDocument doc = figures.of(shownBoard, calendar.dayStart(first()), calendar.dayEnd(last()))
                .document(Instant.now());
        export.start(doc, file);
    }

    private void show() {
        LocalDate first = first();
        LocalDate last = last();
        if (first == null) {
            return;
        }
        List<ShiftSlot> slots = ReportPeriod.of(first, last, calendar).shifts().stream()
                .filter(slot -> shift.get() == null || slot.shift().name().equals(shift.get())).toList();
        shownBoard = feed.snapshot().board().filtered(row -> slots.stream().anyMatch(slot -> overlaps(row.episode(), slot)));
        List<Row> oldestFirst = new ArrayList<>(shownBoard.rows());
        Collections.reverse(oldestFirst);
        if (!oldestFirst.equals(rows.get())) {
            rows.set(List.copyOf(oldestFirst));
        }
    }

    private static boolean overlaps(AlarmEpisode episode, ShiftSlot slot) {
        return episode.overlaps(slot.start(), slot.end());
    }

    private LocalDate first() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        return a == null || b == null || !b.isBefore(a) ? a : b;
    }

    private LocalDate last() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        return a == null || b == null || !b.isBefore(a) ? b : a;
    }
}
