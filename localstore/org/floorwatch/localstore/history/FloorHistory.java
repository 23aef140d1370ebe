package org.floorwatch.localstore.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.floorplan.StationKind;
import org.floorwatch.floorplan.live.FloorSnapshot;
import org.floorwatch.floorplan.live.FloorState;
import org.floorwatch.floorplan.live.LiveFloor;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.StoreReader;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.report.StationWip;

/**
 * The floor at any instant, read from the store (contract section 7): WIP per station through the writer's
 * checkpoints, today's moves out and this shift's completions counted in SQL, the last hour's moves, and each
 * sensor's readings back to the one that decides its level. The same {@link LiveFloor} that the live feed keeps
 * turns it into a {@link FloorSnapshot}, so the live floor is this one at its newest instant. Blocking: call it
 * off the JavaFX thread, on a read connection of the caller's.
 */
public final class FloorHistory {

    /** Moves out per station from the day's start ($1) to the instant ($3), and completions since the shift's ($2). */
    private static final String COUNTS = """
            SELECT from_station, count(from_station), count(error) FILTER (WHERE from_station IS NOT NULL),
                   count(*) FILTER (WHERE ts >= make_timestamp(?::BIGINT) AND to_station IN (#in#))
            FROM moves WHERE ts >= make_timestamp(?::BIGINT) AND ts <= make_timestamp(?::BIGINT)
            GROUP BY from_station""";

    private final FloorPlan plan;
    private final ProductionCalendar calendar;
    private final List<String> exits;

    public FloorHistory(FloorPlan plan) {
        this.plan = plan;
        this.calendar = ProductionCalendar.of(plan);
        this.exits = plan.stations().stream().filter(s -> s.kind() == StationKind.EXIT)
                .map(FloorPlan.Station::id).toList();
    }

    public FloorPlan plan() {
        return plan;
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    /** The floor at {@code at}, counting every event with {@code ts <= at}. */
    public FloorSnapshot snapshotAt(Connection connection, Instant at) {
        LiveFloor floor = new LiveFloor(plan, calendar);
        floor.rebuild(stateAt(connection, at));
        return floor.snapshot();
    }

    /** What {@link LiveFloor#rebuild} needs for the floor at {@code at}. */
    public FloorState stateAt(Connection connection, Instant at) {
        ShiftSlot shift = calendar.shiftAt(at);
        Map<String, Long> processed = new HashMap<>();
        Map<String, Long> errors = new HashMap<>();
        long completed = 0;
        String sql = COUNTS.replace("#in#", exits.isEmpty() ? "NULL" : String.join(", ", exits.stream()
                .map(id -> "?").toList()));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            statement.setLong(p++, UtcMicros.of(shift.start()));
            for (String exit : exits) {
                statement.setString(p++, exit);
            }
            statement.setLong(p++, UtcMicros.of(calendar.dayStart(shift.day())));
            statement.setLong(p, UtcMicros.of(at));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String station = rs.getString(1);
                    if (station != null) {
                        processed.put(station, rs.getLong(2));
                        errors.put(station, rs.getLong(3));
                    }
                    completed += rs.getLong(4);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the floor at " + at + ": " + e.getMessage(), e);
        }
        return new FloorState(at, StationWip.atOrBefore(connection, at), processed, errors, completed,
                StoreReader.movesBetween(connection, LiveFloor.recentFrom(at), at.plusNanos(1_000)),
                SensorReadings.sinceLevelDecided(connection, plan.sensors(), at));
    }
}
