package org.floorwatch.localstore.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** One computed report (contract section 5): its figures, as JSON fields and as a {@link ReportDocument}. */
public sealed interface Report permits ProductionReport, QualityReport, WorkforceReport, EnergyReport, AlarmsReport,
        AuditReport {

    /** Written as the report's first top-level JSON fields. */
    @JsonUnwrapped
    ReportHeader header();

    /** The report as titled tables for Excel and screens. */
    ReportDocument document(Instant generatedAt);
}
