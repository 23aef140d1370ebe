package org.floorwatch.app.desktop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.views.ScreenView;
import org.floorwatch.views.alarms.AlarmBanner;
import org.floorwatch.views.alarms.AlarmFeed;
import org.floorwatch.views.alarms.AlarmsView;
import org.floorwatch.views.alarms.AlarmsViewModel;
import org.floorwatch.views.alarms.FloorAlarmMarks;
import org.floorwatch.views.alarms.JournalViewModel;
import org.floorwatch.views.audit.AuditView;
import org.floorwatch.views.audit.AuditViewModel;
import org.floorwatch.views.floor.FloorView;
import org.floorwatch.views.floor.FloorViewModel;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.reports.ReportsView;
import org.floorwatch.views.reports.ReportsViewModel;
import org.floorwatch.views.reports.WorkbookFileChooser;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.shiftlog.LastShiftNotes;
import org.floorwatch.views.shiftlog.ShiftLogView;
import org.floorwatch.views.shiftlog.ShiftLogViewModel;
import org.floorwatch.views.sources.ReadTimes;
import org.floorwatch.views.sources.SourcesView;
import org.floorwatch.views.sources.SourcesViewModel;

/**
 * Every screen of a desk on the control room's sources, built for the desk's rights, and the alarm banner over
 * them; the main window or the wall display shows them. What moves from one screen to another (the banner to the
 * alarm list, an alarm to the map) goes through {@link #showWith}. Build on the JavaFX thread.
 */
final class DeskScreens {

    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final AlarmBanner banner;
    private Consumer<Screen> show = screen -> { };

    DeskScreens(ControlRoom room, Rights rights) {
        FloorPlan plan = room.sources().plan();
        FloorViewModel floorModel = new FloorViewModel(room.sources());
        FloorView floor = new FloorView(floorModel);
        ReadTimes times = new ReadTimes(room.sources().clock(), ZoneId.systemDefault());
        Actor actor = room.alarms().actor();
        SourcesViewModel sourcesModel = new SourcesViewModel(room.sources().store(), room.sourceImports(), times,
                rights, actor);
        if (room.lakeExport() != null) {
            sourcesModel.followExport(room.lakeExport());
        }
        AlarmFeed feed = new AlarmFeed(room.alarms());
        Supplier<Instant> now = room.alarms()::now;
        floor.addPart(new FloorAlarmMarks(feed, plan, floor.map(), floorModel.time()));
        floor.addPart(new LastShiftNotes(room.shiftLog(), now));
        AlarmsView alarms = new AlarmsView(new AlarmsViewModel(feed, plan, rights),
                new JournalViewModel(feed, plan, rights), new WorkbookFileChooser(), station -> {
                    show.accept(Screen.FLOOR);
                    floor.map().centreOn(station);
                });
        views.put(Screen.FLOOR, floor);
        views.put(Screen.REPORTS, new ReportsView(new ReportsViewModel(room.sources(), rights)));
        views.put(Screen.SOURCES, new SourcesView(sourcesModel, times));
        views.put(Screen.ALARMS, alarms);
        views.put(Screen.SHIFT_LOG, new ShiftLogView(new ShiftLogViewModel(room.shiftLog(), now, actor, rights)));
        views.put(Screen.AUDIT, new AuditView(new AuditViewModel(room.sources(), rights), new WorkbookFileChooser()));
        banner = new AlarmBanner(feed, plan.timezone(), newest -> {
            show.accept(Screen.ALARMS);
            alarms.show(newest);
        });
        banner.start();
    }

    Map<Screen, ScreenView> views() {
        return views;
    }

    AlarmBanner banner() {
        return banner;
    }

    /** How the desk brings a screen to the front (the window's select). */
    void showWith(Consumer<Screen> show) {
        this.show = show;
    }
}
