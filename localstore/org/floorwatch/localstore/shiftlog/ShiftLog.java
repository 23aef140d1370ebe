package org.floorwatch.localstore.shiftlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.floorwatch.floorplan.ProductionCalendar;
import org.floorwatch.floorplan.ProductionCalendar.ShiftSlot;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.StoreException;
import org.floorwatch.localstore.UtcMicros;
import org.floorwatch.localstore.audit.Actor;
import org.floorwatch.localstore.audit.AuditAction;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.localstore.report.Query;

/**
 * The shift log: notes per shift, written through the store's single writer and never changed afterwards (there is
 * no update: a correction is a new note that names the one it corrects). Reads open a connection of their own and
 * block: call them off the JavaFX thread.
 */
public final class ShiftLog {

    private static final String SELECT = "SELECT id, day, shift, epoch_us(written_at), written_by, note, corrects "
            + "FROM shift_notes";

    private final FloorStore store;
    private final ProductionCalendar calendar;

    public ShiftLog(FloorStore store, ProductionCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    /** Saves a note by {@code by} written at {@code at}; {@code corrects}: the id of the note it corrects, or null. */
    public CompletableFuture<ShiftNote> write(Actor by, Instant at, String text, String corrects) {
        return write(store.writer(), calendar, by, at, text, corrects);
    }

    /** The notes of one shift, in the order written. */
    public List<ShiftNote> of(ShiftSlot shift) {
        try (Connection connection = store.newReadConnection()) {
            return of(connection, shift);
        } catch (SQLException e) {
            throw new StoreException("could not read the shift log: " + e.getMessage(), e);
        }
    }

    /**
     * Saves a note written at {@code at} in the shift that holds it; {@code corrects} is the id of the note it
     * corrects, or null.
     */
    static CompletableFuture<ShiftNote> write(EventWriter writer, ProductionCalendar calendar, Actor by,
                                                     Instant at, String text, String corrects) {
        if (text == null || text.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("an empty note is not saved"));
        }
        ShiftSlot shift = calendar.shiftAt(at);
        ShiftNote note = new ShiftNote(UUID.randomUUID().toString(), shift.day(), shift.shift().name(), at, by.name(),
                text.strip(), corrects);
        return writer.submitWork("a shift log note", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO shift_notes VALUES (?, ?::DATE, ?, make_timestamp(?::BIGINT), ?, ?, ?)")) {
                insert.setString(1, note.id());
                insert.setString(2, note.day().toString());
                insert.setString(3, note.shift());
                insert.setLong(4, UtcMicros.of(at));
                insert.setString(5, by.name());
                insert.setString(6, note.text());
                insert.setString(7, corrects);
                insert.executeUpdate();
            }
            AuditTrail.record(connection, AuditEntry.of(by, at, AuditAction.SHIFT_NOTE, "shift " + note.shift() + " of "
                    + note.day() + (corrects == null ? "" : ", correcting note " + corrects), note.text()));
            return note;
        });
    }

    /** The notes of one shift, in the order written. */
    public static List<ShiftNote> of(Connection connection, ShiftSlot shift) {
        return Query.of(SELECT + " WHERE day = ?::DATE AND shift = ? ORDER BY written_at, id", shift.day(),
                shift.shift().name()).list(connection, ShiftLog::read);
    }

    /** The notes written in [from, to), in the order written (for the production report's workbook). */
    public static List<ShiftNote> between(Connection connection, Instant from, Instant to) {
        return Query.of(SELECT + " WHERE written_at >= make_timestamp(?::BIGINT) AND written_at < make_timestamp(?::BIGINT)"
                + " ORDER BY written_at, id", from, to).list(connection, ShiftLog::read);
    }

    /** The shift before the one that holds {@code now}: whose notes the incoming shift reads. */
    public static ShiftSlot previousShift(ProductionCalendar calendar, Instant now) {
        return calendar.shiftAt(calendar.shiftAt(now).start().minusNanos(1000));
    }

    private static ShiftNote read(ResultSet rs) throws SQLException {
        return new ShiftNote(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                UtcMicros.toInstant(rs.getLong(4)), rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
