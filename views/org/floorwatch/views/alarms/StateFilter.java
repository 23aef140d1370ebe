package org.floorwatch.views.alarms;

import org.floorwatch.floorplan.alarm.AlarmBoard.Row;

/** The alarm list's state filter: ISA-18.2's active or cleared, acknowledged or not, and shelved. */
enum StateFilter {
    ALL("All states"),
    ACTIVE_UNACKNOWLEDGED("Active, unacknowledged"),
    ACTIVE_ACKNOWLEDGED("Active, acknowledged"),
    CLEARED_UNACKNOWLEDGED("Cleared, unacknowledged"),
    CLEARED_ACKNOWLEDGED("Cleared, acknowledged"),
    SHELVED("Shelved");

    private final String label;

    StateFilter(String label) {
        this.label = label;
    }

    boolean matches(Row row) {
        return switch (this) {
            case ALL -> true;
            case ACTIVE_UNACKNOWLEDGED -> row.active() && !row.acknowledged();
            case ACTIVE_ACKNOWLEDGED -> row.active() && row.acknowledged();
            case CLEARED_UNACKNOWLEDGED -> !row.active() && !row.acknowledged();
            case CLEARED_ACKNOWLEDGED -> !row.active() && row.acknowledged();
            case SHELVED -> row.shelving() != null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
