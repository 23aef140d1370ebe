package org.floorwatch.views.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.localstore.read.StoredReports;
import org.floorwatch.localstore.report.AuditReport;
import org.floorwatch.localstore.report.ReportPeriod;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.reports.ExcelExport;
import org.floorwatch.views.rights.Rights;

/**
 * The audit trail screen's state: the lines stamped in the chosen production days (the last week up to today by the
 * floor clock, until chosen otherwise), newest first, read off the JavaFX thread whenever the days change or the
 * screen asks again; and their export to Excel, the workbook of the {@code audit} command.
 */
public final class AuditViewModel {

    /** Production days shown at first: today and the six before. */
    static final int DAYS_SHOWN = 7;

    private final FloorSources sources;
    private final StoredReports reports;
    private final ProductionCalendar calendar;
    private final ExcelExport export;
    private final Rights rights;
    private final TaskRunner queries = new TaskRunner("audit-queries");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<List<AuditReport.Line>> lines = new ReadOnlyObjectWrapper<>(this, "lines",
            List.of());
    private AuditReport shown;
    private Subscription following = Subscription.EMPTY;

    /** {@code rights}: whether the desk may export. */
    public AuditViewModel(FloorSources sources, Rights rights) {
        this.sources = sources;
        this.reports = new StoredReports(sources.store(), sources.plan());
        this.calendar = ProductionCalendar.of(sources.plan());
        this.export = new ExcelExport(rights);
        this.rights = rights;
    }

    public Rights rights() {
        return rights;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The lines shown, newest first; a new list on the JavaFX thread after each read. */
    public ReadOnlyObjectProperty<List<AuditReport.Line>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ExcelExport export() {
        return export;
    }

    /** The screen is shown: read now, and again whenever the days change. */
    public void activate() {
        if (from.get() == null) {
            LocalDate today = calendar.productionDay(sources.clock().now());
            to.set(today);
            from.set(today.minusDays(DAYS_SHOWN - 1));
        }
        following = Subscription.combine(from.subscribe((old, now) -> refresh()), to.subscribe((old, now) -> refresh()));
        refresh();
    }

    public void deactivate() {
        following.unsubscribe();
        following = Subscription.EMPTY;
    }

    public void dispose() {
        deactivate();
        queries.close();
        export.dispose();
    }

    /** Reads the chosen days' lines again, off the JavaFX thread. */
    public void refresh() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null) {
            return;
        }
        ReportPeriod period = last.isBefore(first) ? ReportPeriod.of(last, first, calendar)
                : ReportPeriod.of(first, last, calendar);
        queries.run(BackgroundTask.of(() -> reports.audit(period)).onSuccess(report -> {
            shown = report;
            List<AuditReport.Line> newestFirst = new ArrayList<>(report.lines());
            Collections.reverse(newestFirst);
            lines.set(List.copyOf(newestFirst));
        }));
    }

    /** A file name for the export, e.g. {@code audit-2026-11-02-to-2026-11-08.xlsx}. */
    public String exportFileName() {
        return shown == null ? "audit.xlsx" : "audit-" + shown.header().from() + "-to-" + shown.header().to() + ".xlsx";
    }

    /** Writes the lines read last as the audit workbook (refused, saying why, where the desk may not export). */
    public void exportTo(Path file) {
        if (shown != null) {
            export.start(shown.document(sources.clock().now()), file);
        }
    }
}
