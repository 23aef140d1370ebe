package org.floorwatch.localstore.audit;

import java.time.Instant;

/**
 * One line of the audit trail: when (the desk's floor clock), who (the name stamped and the login), what was done,
 * to what ({@code subject}: an alarm as kind, source and start, a sensor or station, a shift, a file) and the rest
 * ({@code detail}: a note, a reason, counts).
 */
public record AuditEntry(Instant at, String by, String login, AuditAction action, String subject, String detail) {

    public AuditEntry {
        detail = detail == null ? "" : detail;
    }

    public static AuditEntry of(Actor actor, Instant at, AuditAction action, String subject, String detail) {
        return new AuditEntry(at, actor.name(), actor.login(), action, subject, detail);
    }
}
