package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportJson;
import org.floorwatch.views.export.WorkbookExporter;

/** How {@code report} and {@code alarms} hand over a report: JSON and/or an Excel workbook. */
final class ReportOutput {

    private ReportOutput() {
    }

    /** JSON to {@code json} ('-', or neither output named: {@code out}) and/or a workbook to {@code xlsx}. */
    static void write(Report report, String json, Path xlsx, PrintWriter out) {
        if ("-".equals(json) || json == null && xlsx == null) {
            out.println(ReportJson.toJson(report));
            out.flush();
        } else if (json != null) {
            JsonFile.write(Path.of(json), stream -> ReportJson.write(report, stream));
        }
        if (xlsx != null) {
            try {
                new WorkbookExporter().write(report.document(Instant.now()), xlsx);
            } catch (IOException e) {
                throw new UserError("cannot write " + xlsx + ": " + FileTrouble.of(e));
            }
        }
    }
}
