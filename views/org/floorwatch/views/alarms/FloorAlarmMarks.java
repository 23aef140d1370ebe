package org.floorwatch.views.alarms;

import java.time.Instant;
import java.util.Map;
import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.StationAlarms;
import org.floorwatch.views.floor.FloorPart;
import org.floorwatch.views.floor.FloorTime;
import org.floorwatch.views.map.FloorMapView;

/**
 * The alarm marks on the Floor screen's map, while the screen is shown: live, the stations in alarm now and the
 * sensors in doubt; at a past instant, the alarms active then (unshelved then), and no sensor health marks (those
 * are read as readings arrive, not kept).
 */
public final class FloorAlarmMarks implements FloorPart {

    private final AlarmFeed feed;
    private final FloorPlan plan;
    private final FloorMapView map;
    private final FloorTime time;
    private Subscription following = Subscription.EMPTY;

    public FloorAlarmMarks(AlarmFeed feed, FloorPlan plan, FloorMapView map, FloorTime time) {
        this.feed = feed;
        this.plan = plan;
        this.map = map;
        this.time = time;
    }

    @Override
    public void activate() {
        feed.start();
        following = feed.snapshotProperty().subscribe(this::show)
                .and(time.liveProperty().subscribe(this::show))
                .and(time.shownProperty().subscribe(at -> {
                    if (!time.liveProperty().get()) {
                        show();
                    }
                }));
    }

    @Override
    public void deactivate() {
        following.unsubscribe();
        following = Subscription.EMPTY;
        feed.stop();
    }

    private void show() {
        AlarmBoard board = feed.snapshot().board();
        Instant shown = time.shownProperty().get();
        if (time.liveProperty().get() || shown == null) {
            map.setAlarmMarks(StationAlarms.of(plan, board), feed.snapshot().health());
        } else {
            map.setAlarmMarks(StationAlarms.of(plan, board.activeAt(shown).stream()
                    .filter(row -> row.shelving() == null).toList()), Map.of());
        }
    }
}
