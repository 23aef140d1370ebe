package org.floorwatch.ingest.files;

import org.floorwatch.localstore.files.ToolRow;

/** A tool master list row: {@code tool_id} required; {@code expected_life_hours} empty or a number not below zero. */
final class ToolMasterListRows implements RowMapper<ToolRow> {

    @Override
    public ToolRow map(RowFields row) {
        return new ToolRow(row.required("tool_id"), row.text("name"), row.text("kind"), row.text("vendor"),
                EnergyReportRows.notNegative("expected_life_hours", row.number("expected_life_hours")),
                row.text("station"), row.rowNumber());
    }
}
