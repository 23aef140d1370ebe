package org.floorwatch.views.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.localstore.lake.ScheduledLakeExport;
import org.floorwatch.localstore.read.SourcesOverview;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.Rights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sources screen's state: every source with its totals (the database sources first), the latest quarantined
 * records from files and databases and the latest refusals, and where the current import stands. The store is read
 * on a background thread, one read in flight at a time however many changes arrive meanwhile, and the results come back to the JavaFX thread in one
 * hand-over. Only while the screen is shown does it follow {@link SourceImports}, re-reading on every change.
 */
public final class SourcesViewModel {

    /** How many quarantined records and refusals the browser shows, the latest first. */
    public static final int SHOWN = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(SourcesViewModel.class);

    private final FloorStore store;
    private final SourceImports imports;
    private final ReadTimes times;
    private final TaskRunner queries = new TaskRunner("sources-queries");
    private final AtomicBoolean readQueued = new AtomicBoolean();
    private final AtomicBoolean stateQueued = new AtomicBoolean();
    private final Runnable changed = this::changed;
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final ObservableList<RefusedFile> refusals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SourceTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals", SourceTotals.NONE);
    private final ReadOnlyObjectWrapper<ImportState> importState;
    private final ReadOnlyObjectWrapper<LakeExportLine> lakeExport = new ReadOnlyObjectWrapper<>(this, "lakeExport");
    private final Runnable lakeChanged = this::lakeChanged;
    private final Rights rights;
    private final Actor importer;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private ScheduledLakeExport export;
    private volatile boolean active;

    /**
     * @param times  how the screen writes when things were read
     * @param rights whether the desk may import
     * @param by     who imports at this desk, as the audit trail keeps it
     */
    public SourcesViewModel(FloorStore store, SourceImports imports, ReadTimes times, Rights rights, Actor by) {
        this.store = store;
        this.imports = imports;
        this.times = times;
        this.rights = rights;
        this.importer = by;
        this.importState = new ReadOnlyObjectWrapper<>(this, "importState", imports.state());
    }

    public ObservableList<SourceRow> sources() {
        return FXCollections.unmodifiableObservableList(sources);
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return FXCollections.unmodifiableObservableList(quarantined);
    }

    public ObservableList<RefusedFile> refusals() {
        return FXCollections.unmodifiableObservableList(refusals);
    }

    public ReadOnlyObjectProperty<SourceTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportState> importStateProperty() {
        return importState.getReadOnlyProperty();
    }

    /** The history export's line, or null when none is scheduled. */
    public ReadOnlyObjectProperty<LakeExportLine> lakeExportProperty() {
        return lakeExport.getReadOnlyProperty();
    }

    /** Shows the state of the history export on a schedule; call before the screen is first shown. */
    public void followExport(ScheduledLakeExport scheduled) {
        this.export = scheduled;
        lakeExport.set(LakeExportLine.of(scheduled.status(), times));
    }

    public Rights rights() {
        return rights;
    }

    /** Why the last import asked for was refused; empty when none was. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Imports files and folders the user dropped or chose, after any import under way, if the desk may import. */
    public void importFiles(List<Path> paths) {
        refusal.set(rights.refusal(Right.IMPORT));
        if (rights.allow(Right.IMPORT) && !paths.isEmpty()) {
            imports.importFiles("Import", paths, importer);
        }
    }

    /** Cancels the import under way before its next file. */
    public void cancelImport() {
        imports.cancel();
    }

    /** The screen is shown: follow the imports, and read the store now and on every change. JavaFX thread. */
    public void activate() {
        FxThread.require();
        active = true;
        imports.addListener(changed);
        importState.set(imports.state());
        if (export != null) {
            export.addListener(lakeChanged);
            lakeExport.set(LakeExportLine.of(export.status(), times));
        }
        refresh();
    }

    /** The screen is hidden: stop following the imports. */
    public void deactivate() {
        active = false;
        imports.removeListener(changed);
        if (export != null) {
            export.removeListener(lakeChanged);
        }
    }

    /** Reads the store again, off the JavaFX thread. */
    public void refresh() {
        if (!readQueued.compareAndSet(false, true)) {
            return;
        }
        queries.run(BackgroundTask.of(() -> {
            readQueued.set(false);
            return SourcesOverview.read(store, SHOWN);
        }).onSuccess(this::show).onFailure(e -> LOG.warn("could not read the sources: {}", e.getMessage())));
    }

    /** Stops listening and the query thread; the view model is not used afterwards. */
    public void dispose() {
        deactivate();
        queries.close();
    }

    private void lakeChanged() {
        ScheduledLakeExport.Status status = export.status();
        FxThread.run(() -> lakeExport.set(LakeExportLine.of(status, times)));
    }

    private void changed() {
        if (stateQueued.compareAndSet(false, true)) {
            FxThread.run(() -> {
                stateQueued.set(false);
                importState.set(imports.state());
            });
        }
        if (active) {
            refresh();
        }
    }

    private void show(SourcesOverview overview) {
        List<SourceRow> rows = new ArrayList<>();
        overview.databases().forEach(s -> rows.add(SourceRow.of(s, times)));
        overview.sources().forEach(s -> rows.add(SourceRow.of(s, times)));
        sources.setAll(rows);
        quarantined.setAll(overview.quarantined());
        refusals.setAll(overview.refusals());
        totals.set(SourceTotals.of(rows));
    }
}
