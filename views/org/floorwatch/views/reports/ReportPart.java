package org.floorwatch.views.reports;

import javafx.scene.Node;

/** The part of the Reports screen that shows one kind of report: its tiles, charts and tables. */
interface ReportPart {

    Node root();

    /** Shows {@code figures} (of this part's report) with the rows {@code filter} lets through. */
    void show(ReportFigures figures, RowFilter filter);
}
