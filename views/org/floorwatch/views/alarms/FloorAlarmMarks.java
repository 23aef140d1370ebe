package org.floorwatch.views.alarms;

import javafx.util.Subscription;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmSnapshot;
import org.floorwatch.floorplan.alarm.StationAlarms;
import org.floorwatch.views.floor.FloorPart;
import org.floorwatch.views.map.FloorMapView;

/** The alarm marks on the Floor screen's map: stations in alarm and sensors in doubt, while the screen is shown. */
public final class FloorAlarmMarks implements FloorPart {

    private final AlarmFeed feed;
    private final FloorPlan plan;
    private final FloorMapView map;
    private Subscription following = Subscription.EMPTY;

    public FloorAlarmMarks(AlarmFeed feed, FloorPlan plan, FloorMapView map) {
        this.feed = feed;
        this.plan = plan;
        this.map = map;
    }

    @Override
    public void activate() {
        feed.start();
        following = feed.snapshotProperty().subscribe(this::show);
    }

    @Override
    public void deactivate() {
        following.unsubscribe();
        following = Subscription.EMPTY;
        feed.stop();
    }

    private void show(AlarmSnapshot snapshot) {
        map.setAlarmMarks(StationAlarms.of(plan, snapshot.board()), snapshot.health());
    }
}
