package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlanLoader;
import org.floorwatch.floorplan.InvalidPlanException;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.SitePlanStore;
import org.floorwatch.localstore.report.Report;
import org.floorwatch.localstore.report.ReportJson;
import org.floorwatch.views.export.WorkbookExporter;

/** What {@code report} and {@code alarms} share: the store they read, the plan, and writing JSON and workbooks. */
final class ReportOutput {

    private ReportOutput() {
    }

    /** Refuses (exit 1) a folder without a store, leaving it as it was rather than giving it an empty store. */
    static void requireStore(Path data) {
        if (!Files.isRegularFile(data.resolve(FloorStore.FILE_NAME))) {
            throw new UserError("no local store in " + data + " (no " + FloorStore.FILE_NAME
                    + "); import or consume into that folder first");
        }
    }

    /** {@code planFile}, else the plan saved in the store, else the shipped plan. */
    static FloorPlan plan(Path planFile, Connection connection, Path data) {
        try {
            if (planFile != null) {
                return FloorPlanLoader.load(planFile);
            }
            return SitePlanStore.load(connection)
                    .map(saved -> FloorPlanLoader.parse(saved, "the plan saved in " + data))
                    .orElseGet(FloorPlanLoader::defaultPlan);
        } catch (InvalidPlanException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** JSON to {@code json} ('-' or neither output named: {@code out}) and/or a workbook to {@code xlsx}. */
    static void write(Report report, String json, Path xlsx, PrintWriter out) {
        if ("-".equals(json) || json == null && xlsx == null) {
            out.println(ReportJson.toJson(report));
            out.flush();
        } else if (json != null) {
            writeJson(report, Path.of(json));
        }
        if (xlsx != null) {
            writeWorkbook(report, xlsx);
        }
    }

    private static void writeWorkbook(Report report, Path file) {
        try {
            new WorkbookExporter().write(report.document(Instant.now()), file);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static void writeJson(Report report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                ReportJson.write(report, out);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}
