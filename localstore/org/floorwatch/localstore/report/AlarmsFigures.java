package org.floorwatch.localstore.report;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.alarm.AlarmBoard;
import org.floorwatch.floorplan.alarm.AlarmBoard.Row;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.alarm.AlarmLevel;
import org.floorwatch.floorplan.alarm.AlarmRate;
import org.floorwatch.floorplan.alarm.Episodes;
import org.floorwatch.localstore.alarm.AlarmActions;
import org.floorwatch.localstore.alarm.EpisodeRecompute;

/** Computes the {@link AlarmsReport}: episodes from every stored reading and move, with the stored acknowledgements. */
public final class AlarmsFigures {

    private final FloorPlan plan;
    private final ReportPeriod period;
    private final ZoneId zone;

    public AlarmsFigures(FloorPlan plan, ReportPeriod period) {
        this.plan = plan;
        this.period = period;
        this.zone = plan.timezone();
    }

    /** The report from every stored reading and move and every stored acknowledgement and shelving. */
    public AlarmsReport compute(Connection connection) {
        List<AlarmEpisode> all = EpisodeRecompute.all(connection, plan).episodes();
        AlarmActions.Stored actions = AlarmActions.load(connection);
        return of(AlarmBoard.of(all, actions.acks(), actions.shelves(), Instant.MAX), period.start(), period.end());
    }

    /**
     * The report of the board's episodes overlapping [from, to) (the period, or a part of it such as one shift):
     * those starting in it are counted, those still open at {@code to} have no end.
     */
    public AlarmsReport of(AlarmBoard board, Instant from, Instant to) {
        List<Row> rows = new ArrayList<>(board.rows());
        rows.sort((a, b) -> Episodes.BY_START.compare(a.episode(), b.episode()));
        List<AlarmsReport.Episode> episodes = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (Row row : rows) {
            AlarmEpisode episode = row.episode();
            if (episode.overlaps(from, to)) {
                episodes.add(episode(row, board, to));
            }
            if (!episode.start().isBefore(from) && episode.start().isBefore(to)) {
                starts.add(episode.start());
            }
        }
        List<AlarmEpisode> starting = rows.stream().map(Row::episode)
                .filter(e -> !e.start().isBefore(from) && e.start().isBefore(to)).toList();
        double hours = Duration.between(from, to).toNanos() / 3.6e12;
        AlarmsReport.Flood flood = new AlarmsReport.Flood(AlarmRate.maxPerWindow(starts), starts.size() / hours,
                AlarmRate.TARGET_PER_WINDOW);
        return new AlarmsReport(ReportHeader.of("alarms", plan, period), episodes, byKind(starting), flood,
                byHour(starts, from, to));
    }

    private AlarmsReport.Episode episode(Row row, AlarmBoard board, Instant to) {
        AlarmEpisode e = row.episode();
        Instant end = e.end() == null || e.end().isAfter(to) ? null : e.end();
        String station = e.kind().ofSensor() ? plan.sensor(e.source()).map(FloorPlan.Sensor::station).orElse(null)
                : e.source();
        String department = Optional.ofNullable(station).flatMap(plan::station).map(FloorPlan.Station::department)
                .orElse(null);
        return new AlarmsReport.Episode(e.source(), e.kind().word(), e.level() == null ? null : e.level().word(),
                offset(e.start()), offset(end), e.peak(), row.ack() == null ? null : row.ack().by(),
                row.ack() == null ? null : offset(row.ack().at()), row.ack() == null ? null : row.ack().note(), station,
                department, e.priority().word(), e.fromImport(), board.shelvingsDuring(e).stream()
                        .map(s -> new AlarmsReport.Shelved(s.by(), offset(s.at()), offset(s.until()), s.reason(),
                                s.unshelvedBy(), offset(s.unshelvedAt()))).toList());
    }

    /** Every kind and level an episode can have, in this order, with the count of episodes starting in the period. */
    private static List<AlarmsReport.KindCount> byKind(List<AlarmEpisode> starting) {
        Map<String, AlarmsReport.KindCount> counts = new LinkedHashMap<>();
        for (AlarmKind kind : AlarmKind.values()) {
            List<AlarmLevel> levels = switch (kind) {
                case HEAT -> List.of(AlarmLevel.ALARM, AlarmLevel.WARN);
                case STALE -> Collections.singletonList(null);
                case WIP -> List.of(AlarmLevel.ALARM);
            };
            for (AlarmLevel level : levels) {
                long count = starting.stream().filter(e -> e.kind() == kind && e.level() == level).count();
                counts.put(kind + "/" + level, new AlarmsReport.KindCount(kind.word(), level == null ? null : level.word(),
                        count));
            }
        }
        return List.copyOf(counts.values());
    }

    private List<AlarmsReport.HourCount> byHour(List<Instant> starts, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        period.calendar().hourStarts(from, to).forEach(hour -> counts.put(period.hourKey(hour), 0L));
        starts.forEach(start -> counts.merge(period.hourKey(start), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new AlarmsReport.HourCount(e.getKey(), e.getValue())).toList();
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }
}
