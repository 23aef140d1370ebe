package org.floorwatch.views.alarms;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;
import org.floorwatch.localstore.alarm.AlarmDesk;
import org.floorwatch.views.FxThread;

/**
 * The alarm desk's snapshots on the JavaFX thread, for the banner (always shown) and the screens that follow it
 * while they are shown: the desk's thread puts its newest snapshot in a mailbox and at most one hand-over is queued
 * at a time, so a slow screen only ever sees the latest. Listens while anyone uses it ({@link #start} to
 * {@link #stop}).
 */
public final class AlarmFeed {

    private final AlarmDesk desk;
    private final AtomicReference<AlarmSnapshot> mailbox = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<AlarmSnapshot> snapshot;
    private final Consumer<AlarmSnapshot> arrived = this::arrived;
    private int users;

    public AlarmFeed(AlarmDesk desk) {
        this.desk = desk;
        this.snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", desk.latest());
    }

    public AlarmDesk desk() {
        return desk;
    }

    /** The newest snapshot; changes on the JavaFX thread. */
    public ReadOnlyObjectProperty<AlarmSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public AlarmSnapshot snapshot() {
        return snapshot.get();
    }

    /** Starts following the desk, for one more user (the banner, a screen while shown); call on the JavaFX thread. */
    public void start() {
        if (users++ == 0) {
            desk.addListener(arrived);
            arrived(desk.latest());
        }
    }

    /** One user less; the last one stops the following. */
    public void stop() {
        if (users > 0 && --users == 0) {
            desk.removeListener(arrived);
        }
    }

    private void arrived(AlarmSnapshot next) {
        mailbox.set(next);
        if (queued.compareAndSet(false, true)) {
            FxThread.run(() -> {
                queued.set(false);
                snapshot.set(mailbox.get());
            });
        }
    }
}
