package org.floorwatch.localstore.lake;

import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;

/**
 * The four tables of contract section 10, each a folder of its own partitioned by {@code production_day}. The
 * three event tables take the store's rows as they are, with the production day and shift they fall in;
 * {@code station_hours} is computed ({@link StationHours}).
 */
public enum LakeTable {

    MOVES("moves", "moves", "ts", """
            e.id, timezone('UTC', e.ts) AS ts, e.part, e.type, e.from_station AS "from", e.to_station AS "to", e.error""",
            new StructType().add("id", StringType.STRING).add("ts", TimestampType.TIMESTAMP).add("part", StringType.STRING)
                    .add("type", StringType.STRING).add("from", StringType.STRING).add("to", StringType.STRING)
                    .add("error", StringType.STRING).add("production_day", DateType.DATE).add("shift", StringType.STRING)),
    READINGS("readings", "heat_readings", "ts", "e.id, timezone('UTC', e.ts) AS ts, e.sensor, e.celsius",
            new StructType().add("id", StringType.STRING).add("ts", TimestampType.TIMESTAMP).add("sensor", StringType.STRING)
                    .add("celsius", DoubleType.DOUBLE).add("production_day", DateType.DATE).add("shift", StringType.STRING)),
    ENERGY("energy", "energy_samples", "ts", "e.id, timezone('UTC', e.ts) AS ts, e.machine, e.kwh, e.kw",
            new StructType().add("id", StringType.STRING).add("ts", TimestampType.TIMESTAMP).add("machine", StringType.STRING)
                    .add("kwh", DoubleType.DOUBLE).add("kw", DoubleType.DOUBLE).add("production_day", DateType.DATE)
                    .add("shift", StringType.STRING)),
    STATION_HOURS("station_hours", null, "hour_start", null,
            new StructType().add("production_day", DateType.DATE).add("shift", StringType.STRING)
                    .add("hour_start", TimestampType.TIMESTAMP).add("station", StringType.STRING)
                    .add("department", StringType.STRING).add("arrivals", LongType.LONG)
                    .add("departures", LongType.LONG).add("errors", LongType.LONG).add("avg_wip", DoubleType.DOUBLE)
                    .add("avg_cycle_s", DoubleType.DOUBLE).add("mean_celsius", DoubleType.DOUBLE)
                    .add("max_celsius", DoubleType.DOUBLE).add("kwh", DoubleType.DOUBLE));

    /** Every table is partitioned by this column ({@code yyyy-MM-dd} in folder names and in the log). */
    public static final String PARTITION = "production_day";

    private final String folder;
    private final String storeTable;
    private final String timeColumn;
    private final String columns;
    private final StructType schema;

    LakeTable(String folder, String storeTable, String timeColumn, String columns, StructType schema) {
        this.folder = folder;
        this.storeTable = storeTable;
        this.timeColumn = timeColumn;
        this.columns = columns;
        this.schema = schema;
    }

    /** The table's name and folder. */
    public String folder() {
        return folder;
    }

    /** The store's table the rows come from (null for station_hours). */
    String storeTable() {
        return storeTable;
    }

    /** The UTC timestamp column whose range each data file's statistics give. */
    String timeColumn() {
        return timeColumn;
    }

    /** The SELECT list of an event table over the store's rows aliased {@code e}, without day and shift. */
    String columns() {
        return columns;
    }

    StructType schema() {
        return schema;
    }

    boolean isEvents() {
        return storeTable != null;
    }
}
