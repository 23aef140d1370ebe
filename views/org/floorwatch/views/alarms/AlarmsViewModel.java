package org.floorwatch.views.alarms;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;
import org.floorwatch.floorplan.alarm.ShelfTime;
import org.floorwatch.floorplan.alarm.Shelving;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.rights.Right;
import org.floorwatch.views.rights.Rights;

/**
 * The alarm list's state: the active and recent alarms (active now, or started or ended in the last
 * {@link #RECENT}) that pass the filter, and the operator's acts on them: acknowledge with a note, shelve a source
 * for a while with a reason, unshelve. Follows the feed only while the screen is shown; acts are stored through the
 * desk and their outcome is one line.
 */
public final class AlarmsViewModel {

    /** How far back "recent" reaches. */
    public static final Duration RECENT = Duration.ofHours(24);

    private final AlarmFeed feed;
    private final FloorPlan plan;
    private final AlarmFilter.StationOf stations;
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ObjectProperty<AlarmFilter> filter = new SimpleObjectProperty<>(this, "filter", AlarmFilter.ALL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Rights rights;
    private Subscription shown = Subscription.EMPTY;

    /** {@code rights}: what the desk may do about alarms; acts it may not are refused with a line saying why. */
    public AlarmsViewModel(AlarmFeed feed, FloorPlan plan, Rights rights) {
        this.feed = feed;
        this.plan = plan;
        this.rights = rights;
        this.stations = new AlarmFilter.StationOf(plan);
    }

    public FloorPlan plan() {
        return plan;
    }

    AlarmFeed feed() {
        return feed;
    }

    public Rights rights() {
        return rights;
    }

    AlarmFilter.StationOf stations() {
        return stations;
    }

    /** The rows shown, newest first; a new list (only when they changed) on the JavaFX thread. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ObjectProperty<AlarmFilter> filterProperty() {
        return filter;
    }

    /** What the last act came to, in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void activate() {
        shown = Subscription.combine(feed.snapshotProperty().subscribe(this::show),
                filter.subscribe((old, now) -> show(feed.snapshot())));
    }

    public void deactivate() {
        shown.unsubscribe();
        shown = Subscription.EMPTY;
    }

    /** Acknowledges the rows not acknowledged yet, with {@code note}. */
    public void acknowledge(List<Row> chosen, String note) {
        if (refused(Right.ACKNOWLEDGE)) {
            return;
        }
        List<Row> open = chosen.stream().filter(r -> !r.acknowledged()).toList();
        if (open.isEmpty()) {
            message.set(chosen.isEmpty() ? "Choose the alarms to acknowledge" : "Already acknowledged");
            return;
        }
        report(feed.desk().acknowledge(open.stream().map(Row::episode).toList(), note),
                stored -> "Acknowledged " + count(stored.size(), "alarm") + " as " + feed.desk().operator());
    }

    /** Shelves the sources of the rows for {@code time}; a reason is required. */
    public void shelve(List<Row> chosen, ShelfTime time, String reason) {
        if (refused(Right.SHELVE)) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            message.set("Give a reason to shelve");
            return;
        }
        Set<AlarmSource> sources = new LinkedHashSet<>();
        chosen.forEach(r -> sources.add(AlarmSource.of(r.episode())));
        if (sources.isEmpty()) {
            message.set("Choose the alarms whose source to shelve");
            return;
        }
        CompletableFuture<?> all = CompletableFuture.allOf(sources.stream()
                .map(source -> feed.desk().shelve(source, time, reason)).toArray(CompletableFuture[]::new));
        report(all, done -> "Shelved " + String.join(", ", sources.stream().map(AlarmSource::id).toList()) + " for "
                + time.label());
    }

    /** Ends the shelvings of the rows' sources. */
    public void unshelve(List<Row> chosen) {
        if (refused(Right.SHELVE)) {
            return;
        }
        Set<Shelving> shelvings = new LinkedHashSet<>();
        chosen.stream().map(Row::shelving).filter(Objects::nonNull).forEach(shelvings::add);
        if (shelvings.isEmpty()) {
            message.set("None of these is shelved");
            return;
        }
        CompletableFuture<?> all = CompletableFuture.allOf(shelvings.stream().map(feed.desk()::unshelve)
                .toArray(CompletableFuture[]::new));
        report(all, done -> "Unshelved " + String.join(", ", shelvings.stream().map(s -> s.source().id()).toList()));
    }

    /** The station an alarm is at. */
    public String stationOf(Row row) {
        return stations.station(row);
    }

    private void show(AlarmSnapshot snapshot) {
        AlarmBoard board = snapshot.board();
        Instant since = board.now().minus(RECENT);
        AlarmFilter now = filter.get();
        List<Row> next = board.rows().stream()
                .filter(r -> r.active() || r.episode().start().isAfter(since)
                        || r.episode().end() != null && r.episode().end().isAfter(since))
                .filter(r -> now.matches(r, stations)).toList();
        if (!next.equals(rows.get())) {
            rows.set(next);
        }
    }

    private boolean refused(Right right) {
        message.set(rights.refusal(right));
        return !rights.allow(right);
    }

    private <T> void report(CompletableFuture<T> act, Function<T, String> done) {
        message.set("Saving\u2026");
        act.whenComplete((result, failure) -> FxThread.run(() -> message.set(failure == null ? done.apply(result)
                : "Not saved: " + (failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage()))));
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
