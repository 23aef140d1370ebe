package org.floorwatch.views.floor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;

/**
 * The Floor screen's status line: the broker's state, events stored per second, the store's lag behind the floor
 * and the records quarantined; beside it the floor clock's time (the one "now" of every screen). While the screen is
 * shown it counts the writer's commits (attached by {@link #attach}, detached by {@link #detach}); each attach reads
 * the stored quarantine count again off the JavaFX thread, so what was committed while the screen was hidden is
 * counted too.
 */
final class FloorStatus {

    private static final DateTimeFormatter FLOOR_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    private final FloorSources sources;
    private final TaskRunner queries;
    private final CommitCounter commits = new CommitCounter();
    private final ReadOnlyObjectWrapper<StatusLine> status = new ReadOnlyObjectWrapper<>(this, "status", StatusLine.STARTING);
    private final ReadOnlyStringWrapper floorTime = new ReadOnlyStringWrapper(this, "floorTime", "");
    private EventRate eventRate = new EventRate(5);
    private double rate;
    private Instant newest;

    FloorStatus(FloorSources sources, TaskRunner queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** Starts counting commits; the quarantine count is read again from the store. JavaFX thread. */
    void attach() {
        FxThread.require();
        sources.store().writer().addCommitListener(commits);
        eventRate = new EventRate(5);
        queries.run(BackgroundTask.of(() -> {
            long seenBefore = commits.quarantinedSeen();
            return sources.store().reader().counts().quarantined() - seenBefore;
        }).onSuccess(base -> {
            commits.quarantinedBefore(base);
            show();
        }));
    }

    void detach() {
        sources.store().writer().removeCommitListener(commits);
    }

    /** Once a second on the JavaFX thread, with the newest event time on screen (null with none). */
    void tick(Instant newestEvent) {
        rate = eventRate.sample(commits.events(), System.nanoTime());
        newest = newestEvent;
        show();
    }

    ReadOnlyObjectProperty<StatusLine> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The floor clock's time in the site's zone, and its name when it is not the wall clock ("demo time, 30x"). */
    ReadOnlyStringProperty floorTimeProperty() {
        return floorTime.getReadOnlyProperty();
    }

    private void show() {
        Instant now = sources.clock().now();
        status.set(StatusLine.of(sources.ingest().broker(), rate, newest, now, commits.quarantined(),
                ZoneId.systemDefault()));
        String name = sources.clock().name();
        floorTime.set(FLOOR_TIME.format(now.atZone(sources.plan().timezone())) + " " + sources.plan().timezone()
                + (name.isEmpty() ? "" : " \u00b7 " + name));
    }
}
