package org.floorwatch.ingest.files;

import java.time.LocalDateTime;

/**
 * A real Excel date or time cell: its serial number (days since Excel's epoch; a time alone is below 1) and the
 * local date-time it shows.
 */
record ExcelDateTime(double serial, LocalDateTime value) {

    boolean isTimeOnly() {
        return serial < 1;
    }

    boolean hasTime() {
        return serial != Math.floor(serial);
    }
}
