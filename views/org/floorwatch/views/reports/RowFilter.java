package org.floorwatch.views.reports;

/**
 * Which rows of a report's tables a screen shows: one shift and/or one department, null for all. Filters apply to
 * rows that carry a shift or a department; totals of the whole period stay as computed.
 */
public record RowFilter(String shift, String department) {

    public static final RowFilter ALL = new RowFilter(null, null);

    public boolean shiftShown(String rowShift) {
        return shift == null || shift.equals(rowShift);
    }

    public boolean departmentShown(String rowDepartment) {
        return department == null || department.equals(rowDepartment);
    }
}
