package org.floorwatch.views.floor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.floorwatch.floorplan.TimeTarget;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.history.HistoryOutline;
import org.floorwatch.localstore.read.FloorPast;
import org.floorwatch.views.BackgroundTask;
import org.floorwatch.views.FloorSources;
import org.floorwatch.views.FxThread;
import org.floorwatch.views.TaskRunner;

/**
 * Which instant the Floor screen shows: now (live), or any instant of the store's history, paused or playing at
 * 1x to 3,600x. Live is the instant "now": the same floor, fed by the live feed. A past instant is sought and
 * played by a {@link ReplayPlayer} off the JavaFX thread; a late event stored at or before the instant on screen
 * seeks it again, so the screen shows what the store now knows. Commands and properties on the JavaFX thread.
 */
public final class FloorTime {

    /** The playing speeds offered, floor seconds per wall second. */
    public static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 600.0, 3600.0);
    /** Below this share of the asked speed, playing says it cannot keep up. */
    private static final double KEEPING_UP = 0.9;
    private static final int OUTLINE_EVERY_TICKS = 60;

    private final FloorSources sources;
    private final TimeTarget targets;
    private final ReplayPlayer player;
    private final TaskRunner queries;
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", true);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyObjectWrapper<Instant> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<HistoryOutline> outline = new ReadOnlyObjectWrapper<>(this, "outline",
            HistoryOutline.EMPTY);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 600);
    private final Consumer<CommitResult> commits = this::committed;
    private volatile boolean liveNow = true;
    private volatile FloorFrame liveFrame;
    private volatile Instant pastInstant;
    private volatile boolean lateEvent;
    private volatile boolean playingNow;
    private long ticks;

    FloorTime(FloorSources sources, TaskRunner queries) {
        this.sources = sources;
        this.queries = queries;
        this.targets = new TimeTarget(sources.plan());
        this.player = new ReplayPlayer(new FloorPast(sources.store(), sources.plan()));
        speed.addListener((obs, old, now) -> {
            if (playing.get()) {
                play();
            }
        });
    }

    /** The snapshot to draw: the live feed's when live (era -1), else the player's. Any thread. */
    FloorFrame frame(FloorSnapshot liveSnapshot) {
        if (!liveNow) {
            return player.latest();
        }
        FloorFrame last = liveFrame;
        if (last == null || last.snapshot() != liveSnapshot) {
            last = new FloorFrame(liveSnapshot, -1);
            liveFrame = last;
        }
        return last;
    }

    /** Floor seconds per wall second to move parts between snapshots. Any thread. */
    double drawSpeed() {
        return liveNow ? sources.clock().speed() : playing.get() ? player.achievedSpeed() : 0;
    }

    /** A snapshot reached the screen. */
    void shown(FloorSnapshot snapshot) {
        if (!snapshot.asOf().equals(Instant.EPOCH)) {
            shown.set(snapshot.asOf());
            if (!liveNow) {
                pastInstant = snapshot.asOf();
            }
        }
    }

    /** Goes to {@code at} (live if it is at or after the newest stored event), keeping on playing if it was. */
    public void seek(Instant at) {
        FxThread.require();
        HistoryOutline history = outline.get();
        Instant newest = sources.feed().latest().asOf();
        if (!newest.equals(Instant.EPOCH) && !at.isBefore(newest)) {
            backToLive();
            return;
        }
        Instant first = history.isEmpty() ? at : history.first();
        Instant target = at.isBefore(first) ? first : at;
        liveNow = false;
        pastInstant = target;
        live.set(false);
        shown.set(target);
        player.seek(target, playing.get() ? speed.get() : 0, end(), this::backToLive);
    }

    /** Moves the instant on screen by {@code step} (negative: back). */
    public void step(Duration step) {
        seek(current().plus(step));
    }

    /** Moves the instant on screen by {@code shifts} shifts, at the same time into the shift. */
    public void stepShifts(int shifts) {
        seek(targets.stepShifts(current(), shifts));
    }

    /** Goes to what {@code text} names (a day, a shift, a time; see {@link TimeTarget}); an error for the user, or null. */
    public String goTo(String text) {
        try {
            seek(targets.instant(text, current()));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void play() {
        FxThread.require();
        if (liveNow) {
            seek(current().minus(Duration.ofMinutes(10)));
        }
        playing.set(true);
        playingNow = true;
        player.play(speed.get(), end(), this::backToLive);
    }

    public void pause() {
        playing.set(false);
        playingNow = false;
        player.stop();
        note.set("");
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Back to the live floor: the instant is now again. */
    public void backToLive() {
        FxThread.require();
        player.stop();
        playing.set(false);
        playingNow = false;
        note.set("");
        liveNow = true;
        live.set(true);
    }

    /** The instant on screen: the live floor's newest event time, or the instant sought or played to. */
    public Instant current() {
        Instant at = shown.get();
        if (liveNow || at == null) {
            Instant newest = sources.feed().latest().asOf();
            return newest.equals(Instant.EPOCH) ? sources.clock().now() : newest;
        }
        return at;
    }

    /** Words for an instant, in the site's zone. */
    public String label(Instant at) {
        return targets.label(at);
    }

    public TimeTarget targets() {
        return targets;
    }

    void attach() {
        sources.store().writer().addCommitListener(commits);
        refreshOutline();
    }

    void detach() {
        sources.store().writer().removeCommitListener(commits);
        pause();
    }

    /** Once a second: whether playing keeps up, a late event to show, the history outline now and then. */
    void tick() {
        if (playing.get()) {
            double asked = speed.get();
            double got = player.achievedSpeed();
            note.set(got < KEEPING_UP * asked ? String.format(Locale.ROOT, "Cannot keep up: playing at %.0fx of %.0fx",
                    got, asked) : "");
        }
        if (lateEvent && !liveNow) {
            lateEvent = false;
            seek(current());
        }
        if (++ticks % OUTLINE_EVERY_TICKS == 0) {
            refreshOutline();
        }
    }

    void dispose() {
        detach();
        player.close();
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The instant on screen (null before the first snapshot). */
    public ReadOnlyObjectProperty<Instant> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Empty, or why playing is slower than asked. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HistoryOutline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** Floor seconds per wall second while playing. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    private Instant end() {
        Instant newest = sources.feed().latest().asOf();
        return newest.equals(Instant.EPOCH) ? sources.clock().now() : newest;
    }

    /**
     * On the writer's thread: an event at or before the past instant on screen changes what it shows; playing, so
     * does one within what the player read ahead.
     */
    private void committed(CommitResult result) {
        Instant at = pastInstant;
        if (liveNow || at == null) {
            return;
        }
        Instant seen = playingNow ? at.plus(ReplayPlayer.readAhead(speed.get()).multipliedBy(2)) : at;
        if (result.committed().stream().anyMatch(e -> !e.ts().isAfter(seen))) {
            lateEvent = true;
        }
    }

    private void refreshOutline() {
        queries.run(BackgroundTask.of(() -> FloorPast.outline(sources.store()))
                .onSuccess(outline::set));
    }
}
