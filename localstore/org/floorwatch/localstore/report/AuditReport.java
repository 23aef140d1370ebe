package org.floorwatch.localstore.report;

import static org.floorwatch.localstore.report.Tables.count;
import static org.floorwatch.localstore.report.Tables.dateTime;
import static org.floorwatch.localstore.report.Tables.row;
import static org.floorwatch.localstore.report.Tables.table;
import static org.floorwatch.localstore.report.Tables.text;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.localstore.audit.AuditAction;
import org.floorwatch.localstore.audit.AuditEntry;
import org.floorwatch.localstore.audit.AuditTrail;
import org.floorwatch.localstore.report.ReportDocument.Table;

/**
 * The audit trail over production days ({@code audit} command, the Audit trail screen's export): every line stamped
 * in the period, in the order written, with the site's offset, and how many of each action. Beyond the lines
 * themselves nothing is computed.
 */
public record AuditReport(ReportHeader header, List<Line> lines, List<ActionCount> byAction) implements Report {

    public AuditReport {
        lines = List.copyOf(lines);
        byAction = List.copyOf(byAction);
    }

    /** One line: when, the name stamped and the login, what was done, to what, and the rest. */
    public record Line(OffsetDateTime at, String by, String login, String action, String subject, String detail) { }

    /** How many lines of one action. */
    public record ActionCount(String action, long count) { }

    /** The lines stamped in the period, read from the store. */
    public static AuditReport of(Connection connection, FloorPlan plan, ReportPeriod period) {
        return of(plan, period, AuditTrail.between(connection, period.start(), period.closes()));
    }

    /** {@code entries} (stamped in the period) as the report. */
    public static AuditReport of(FloorPlan plan, ReportPeriod period, List<AuditEntry> entries) {
        ZoneId zone = plan.timezone();
        List<Line> lines = entries.stream().map(e -> new Line(e.at().atZone(zone).toOffsetDateTime(), e.by(), e.login(),
                e.action().word(), e.subject(), e.detail())).toList();
        List<ActionCount> counts = Arrays.stream(AuditAction.values()).map(a -> new ActionCount(a.word(),
                entries.stream().filter(e -> e.action() == a).count())).toList();
        return new AuditReport(ReportHeader.of("audit", plan, period), lines, counts);
    }

    @Override
    public ReportDocument document(Instant generatedAt) {
        Table trail = table("Audit trail", List.of(dateTime("When"), text("Name"), text("Login"), text("Action"),
                text("Subject"), text("Detail")), lines.stream().map(l -> row(l.at().toLocalDateTime(), l.by(),
                        l.login(), l.action(), l.subject(), l.detail())).toList());
        Table counts = table("By action", List.of(text("Action"), count("Lines", "lines")),
                byAction.stream().map(c -> row(c.action(), c.count())).toList());
        return Tables.document("Audit trail", header, generatedAt, trail, counts);
    }
}
