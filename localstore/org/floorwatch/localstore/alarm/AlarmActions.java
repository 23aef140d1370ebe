package org.floorwatch.localstore.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.floorwatch.floorplan.alarm.Acknowledgement;
import org.floorwatch.floorplan.alarm.AlarmEpisode;
import org.floorwatch.floorplan.alarm.AlarmKind;
import org.floorwatch.floorplan.alarm.AlarmSource;
import org.floorwatch.floorplan.alarm.Shelving;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.audit.AuditAction;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.localstore.report.Query;

/**
 * What people do about alarms, kept in the store through its single writer: acknowledgements (the first one of an
 * episode stands) and shelvings. None of it changes an episode. Each act that changes the store adds its line to the
 * audit trail in the same transaction.
 */
public final class AlarmActions {

    /** Every acknowledgement and shelving stored. */
    public record Stored(List<Acknowledgement> acks, List<Shelving> shelves) {
        public Stored {
            acks = List.copyOf(acks);
            shelves = List.copyOf(shelves);
        }
    }

    private AlarmActions() {
    }

    public static Stored load(Connection connection) {
        List<Acknowledgement> acks = Query.of("SELECT kind, source, epoch_us(episode_start), acked_by, epoch_us(acked_at), "
                + "note FROM alarm_acks ORDER BY acked_at").list(connection, rs -> new Acknowledgement(
                        AlarmKind.valueOf(rs.getString(1)), rs.getString(2), UtcMicros.toInstant(rs.getLong(3)),
                        rs.getString(4), UtcMicros.toInstant(rs.getLong(5)), rs.getString(6)));
        List<Shelving> shelves = Query.of("SELECT id, source_is_sensor, source, shelved_by, epoch_us(shelved_at), "
                + "epoch_us(shelved_until), reason, unshelved_by, epoch_us(unshelved_at) FROM alarm_shelves ORDER BY shelved_at")
                .list(connection, rs -> new Shelving(rs.getString(1), new AlarmSource(rs.getBoolean(2), rs.getString(3)),
                        rs.getString(4), UtcMicros.toInstant(rs.getLong(5)), UtcMicros.toInstant(rs.getLong(6)),
                        rs.getString(7), rs.getString(8), Query.instant(rs, 9)));
        return new Stored(acks, shelves);
    }

    /**
     * Acknowledges the episodes not acknowledged yet under the same name, in one transaction; completes with the
     * acknowledgements stored.
     */
    public static CompletableFuture<List<Acknowledgement>> acknowledge(EventWriter writer, List<AlarmEpisode> episodes,
                                                                       Actor by, Instant at, String note) {
        List<Acknowledgement> acks = episodes.stream().map(e -> Acknowledgement.of(e, by.name(), at, note)).toList();
        return writer.submitWork("an acknowledgement", connection -> {
            List<Acknowledgement> stored = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alarm_acks VALUES "
                    + "(?, ?, make_timestamp(?::BIGINT), ?, make_timestamp(?::BIGINT), ?) ON CONFLICT DO NOTHING")) {
                for (Acknowledgement ack : acks) {
                    insert.setString(1, ack.kind().name());
                    insert.setString(2, ack.source());
                    insert.setLong(3, UtcMicros.of(ack.episodeStart()));
                    insert.setString(4, ack.by());
                    insert.setLong(5, UtcMicros.of(ack.at()));
                    insert.setString(6, ack.note());
                    if (insert.executeUpdate() == 1) {
                        stored.add(ack);
                        AuditTrail.record(connection, AuditEntry.of(by, at, AuditAction.ACKNOWLEDGE,
                                ack.kind().word() + " " + ack.source() + " from " + ack.episodeStart(), ack.note()));
                    }
                }
            }
            return stored;
        });
    }

    /** Shelves a source from {@code at} until {@code until}, for {@code reason} (required). */
    public static CompletableFuture<Shelving> shelve(EventWriter writer, AlarmSource source, Actor by, Instant at,
                                                     Instant until, String reason) {
        if (reason == null || reason.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a shelving needs a reason"));
        }
        Shelving shelving = new Shelving(UUID.randomUUID().toString(), source, by.name(), at, until, reason.strip(), null,
                null);
        return writer.submitWork("a shelving", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alarm_shelves VALUES (?, ?, ?, ?, "
                    + "make_timestamp(?::BIGINT), make_timestamp(?::BIGINT), ?, NULL, NULL)")) {
                insert.setString(1, shelving.id());
                insert.setString(2, source.id());
                insert.setBoolean(3, source.isSensor());
                insert.setString(4, by.name());
                insert.setLong(5, UtcMicros.of(at));
                insert.setLong(6, UtcMicros.of(until));
                insert.setString(7, shelving.reason());
                insert.executeUpdate();
            }
            AuditTrail.record(connection, AuditEntry.of(by, at, AuditAction.SHELVE, source.id(),
                    "until " + until.truncatedTo(ChronoUnit.SECONDS) + ": " + shelving.reason()));
            return shelving;
        });
    }

    /** Ends a shelving early; one already ended stays as it was. */
    public static CompletableFuture<Shelving> unshelve(EventWriter writer, Shelving shelving, Actor by, Instant at) {
        return writer.submitWork("an unshelving", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE alarm_shelves SET unshelved_by = ?, "
                    + "unshelved_at = make_timestamp(?::BIGINT) WHERE id = ? AND unshelved_at IS NULL")) {
                update.setString(1, by.name());
                update.setLong(2, UtcMicros.of(at));
                update.setString(3, shelving.id());
                if (update.executeUpdate() == 0) {
                    return shelving;
                }
            }
            AuditTrail.record(connection, AuditEntry.of(by, at, AuditAction.UNSHELVE, shelving.source().id(),
                    "shelved by " + shelving.by() + " at " + shelving.at() + ": " + shelving.reason()));
            return shelving.unshelved(by.name(), at);
        });
    }
}
