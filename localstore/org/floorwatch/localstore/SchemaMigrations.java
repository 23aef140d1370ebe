package org.floorwatch.localstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema up to date: numbered steps, applied in order, each in its own transaction together
 * with its row in {@code schema_version}, so reopening a store applies only the steps it has not seen.
 *
 * <p>Events are deduplicated per table by {@code id}: a move and a heat reading may share an id, two moves
 * may not. {@code seq} is the store-wide order in which rows were received. Times are UTC {@code TIMESTAMP}s
 * (see {@link UtcMicros}).
 */
final class SchemaMigrations {

    /**
     * Step 2: the file sources of contract section 4, each keyed as the contract's "key for corrections" (the
     * row read last wins), with the file and spreadsheet row it came from. Local times in files are kept as
     * the UTC instants they name in the site's zone; {@code day} columns are production days.
     */
    private static final List<String> FILE_SOURCES = List.of(
            """
            CREATE TABLE site_plan(id INTEGER PRIMARY KEY, json VARCHAR NOT NULL, source VARCHAR NOT NULL,
                loaded_at TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE clock_ins(employee_id VARCHAR, day DATE, shift VARCHAR, name VARCHAR, department VARCHAR,
                status VARCHAR NOT NULL, absence_reason VARCHAR, clock_in TIMESTAMP, clock_out TIMESTAMP,
                source VARCHAR NOT NULL, source_row INTEGER NOT NULL, PRIMARY KEY(employee_id, day, shift))""",
            """
            CREATE TABLE task_log(employee_id VARCHAR, start_ts TIMESTAMP, end_ts TIMESTAMP NOT NULL, task VARCHAR,
                station VARCHAR, source VARCHAR NOT NULL, source_row INTEGER NOT NULL, PRIMARY KEY(employee_id, start_ts))""",
            """
            CREATE TABLE energy_reports(day DATE, machine VARCHAR, kwh DOUBLE NOT NULL, peak_kw DOUBLE,
                source VARCHAR NOT NULL, source_row INTEGER NOT NULL, PRIMARY KEY(day, machine))""",
            """
            CREATE TABLE tools(tool_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, vendor VARCHAR,
                expected_life_hours DOUBLE, station VARCHAR, source VARCHAR NOT NULL, source_row INTEGER NOT NULL)""",
            """
            CREATE TABLE work_orders(work_order VARCHAR PRIMARY KEY, machine VARCHAR, fault VARCHAR, severity VARCHAR,
                reported TIMESTAMP NOT NULL, started TIMESTAMP, resolved TIMESTAMP, technician VARCHAR,
                source VARCHAR NOT NULL, source_row INTEGER NOT NULL)""",
            """
            CREATE TABLE tool_inventory(tool_id VARCHAR PRIMARY KEY, status VARCHAR NOT NULL, station VARCHAR,
                holder VARCHAR, hours_used DOUBLE, updated VARCHAR, source VARCHAR NOT NULL)""",
            """
            CREATE TABLE source_files(path VARCHAR PRIMARY KEY, kind VARCHAR, size BIGINT, read_bytes BIGINT,
                read_hash VARCHAR, rows_taken BIGINT NOT NULL DEFAULT 0, duplicates BIGINT NOT NULL DEFAULT 0,
                quarantined BIGINT NOT NULL DEFAULT 0, last_read TIMESTAMP, status VARCHAR, message VARCHAR)""",
            """
            CREATE TABLE refused_files(path VARCHAR NOT NULL, refused_at TIMESTAMP NOT NULL, row_number INTEGER,
                reason VARCHAR NOT NULL)""");

    /**
     * Step 3: the factory's databases (contract section 9). Purchase orders, keyed by {@code order_id} (the row read
     * last wins); work orders from databases share {@code work_orders} with the maintenance logs. Each database source
     * (a polled query, or a Debezium topic) keeps its watermark and running totals in {@code database_sources},
     * written in the same transaction as the rows they carry. Timestamps read without a zone are stored as the
     * instants they name in the site's zone; {@code watermark} is the last {@code updated_at} as read, in ISO-8601.
     */
    private static final List<String> DATABASE_SOURCES = List.of(
            """
            CREATE TABLE purchase_orders(order_id VARCHAR PRIMARY KEY, direction VARCHAR NOT NULL, item VARCHAR,
                quantity DOUBLE, status VARCHAR NOT NULL, requested TIMESTAMP, confirmed TIMESTAMP, received TIMESTAMP,
                counterparty VARCHAR, source VARCHAR NOT NULL, source_row INTEGER NOT NULL)""",
            """
            CREATE TABLE database_sources(source VARCHAR, kind VARCHAR, watermark VARCHAR, last_key VARCHAR,
                last_poll TIMESTAMP, rows_taken BIGINT NOT NULL DEFAULT 0, duplicates BIGINT NOT NULL DEFAULT 0,
                status VARCHAR, last_error VARCHAR, last_error_at TIMESTAMP, PRIMARY KEY(source, kind))""");

    /**
     * Step 4: WIP checkpoints at UTC midnights, kept by the writer with the moves (see {@link WipCheckpoints}),
     * filled from the moves already stored.
     */
    private static final List<String> WIP_CHECKPOINTS = List.of(WipCheckpoints.CREATE, WipCheckpoints.FILL_FROM_ALL_MOVES);

    /**
     * Step 5: what people do about alarms (contract section 8) and the shift log. Acknowledgements name an episode by
     * kind, source and start; shelvings a source (a sensor or a station) with the time they run out; shift notes are
     * never changed once written (a correction is a new note naming the one it corrects). Times are the floor clock's.
     */
    private static final List<String> ALARM_ACTIONS = List.of(
            """
            CREATE TABLE alarm_acks(kind VARCHAR NOT NULL, source VARCHAR NOT NULL, episode_start TIMESTAMP NOT NULL,
                acked_by VARCHAR NOT NULL, acked_at TIMESTAMP NOT NULL, note VARCHAR NOT NULL,
                PRIMARY KEY(kind, source, episode_start))""",
            """
            CREATE TABLE alarm_shelves(id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, source_is_sensor BOOLEAN NOT NULL,
                shelved_by VARCHAR NOT NULL, shelved_at TIMESTAMP NOT NULL, shelved_until TIMESTAMP NOT NULL,
                reason VARCHAR NOT NULL, unshelved_by VARCHAR, unshelved_at TIMESTAMP)""",
            """
            CREATE TABLE shift_notes(id VARCHAR PRIMARY KEY, day DATE NOT NULL, shift VARCHAR NOT NULL,
                written_at TIMESTAMP NOT NULL, written_by VARCHAR NOT NULL, note VARCHAR NOT NULL, corrects VARCHAR)""");

    /**
     * Step 6: each part's first and last move, kept by the writer with the moves (see {@link PartSpans}), filled from
     * the moves already stored.
     */
    private static final List<String> PART_SPANS = List.of(PartSpans.CREATE, PartSpans.FILL_FROM_ALL_MOVES);

    /**
     * Step 7: the audit trail: every acknowledgement, shelving, unshelving, shift note and import a person made, with
     * the name stamped and the login ({@code by_name}, {@code login}), when ({@code done_at}: the desk's floor clock),
     * what was done ({@code action}), to what ({@code subject}) and the rest ({@code detail}). Written in the act's own
     * transaction; never changed. {@code seq} is the order written.
     */
    private static final List<String> AUDIT_TRAIL = List.of(
            """
            CREATE TABLE audit_trail(seq BIGINT PRIMARY KEY, done_at TIMESTAMP NOT NULL, by_name VARCHAR NOT NULL,
                login VARCHAR NOT NULL, action VARCHAR NOT NULL, subject VARCHAR NOT NULL, detail VARCHAR NOT NULL)""");

    /** Step n (1-based) is {@code STEPS.get(n - 1)}; append new steps, never edit an applied one. */
    private static final List<List<String>> STEPS = List.of(List.of(
            """
            CREATE TABLE moves(id VARCHAR PRIMARY KEY, ts TIMESTAMP NOT NULL, part VARCHAR, type VARCHAR,
                from_station VARCHAR, to_station VARCHAR NOT NULL, error VARCHAR, seq BIGINT NOT NULL)""",
            """
            CREATE TABLE heat_readings(id VARCHAR PRIMARY KEY, ts TIMESTAMP NOT NULL, sensor VARCHAR NOT NULL,
                celsius DOUBLE, seq BIGINT NOT NULL)""",
            """
            CREATE TABLE energy_samples(id VARCHAR PRIMARY KEY, ts TIMESTAMP NOT NULL, machine VARCHAR NOT NULL,
                kwh DOUBLE, kw DOUBLE, seq BIGINT NOT NULL)""",
            """
            CREATE TABLE quarantine(source_key VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, location VARCHAR,
                raw VARCHAR, reason VARCHAR NOT NULL, received_at TIMESTAMP NOT NULL, seq BIGINT NOT NULL)""",
            """
            CREATE TABLE kafka_offsets(topic VARCHAR, partition INTEGER, next_offset BIGINT NOT NULL,
                PRIMARY KEY(topic, partition))"""),
            FILE_SOURCES, DATABASE_SOURCES, WIP_CHECKPOINTS, ALARM_ACTIONS, PART_SPANS, AUDIT_TRAIL);


    private SchemaMigrations() {
    }

    /** The schema version this build writes. */
    static int latestVersion() {
        return STEPS.size();
    }

    /** Applies the missing steps; returns the version the store is at afterwards. */
    static int migrate(Connection connection, String storeName) throws SQLException {
        execute(connection, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, "
                + "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp::TIMESTAMP)");
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException(storeName + " was written by a newer Floorwatch (schema version " + current
                    + ", this one knows up to " + latestVersion() + "); use that version or another --data folder");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            apply(connection, version, STEPS.get(version - 1));
        }
        return latestVersion();
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, List<String> statements) throws SQLException {
        execute(connection, "BEGIN TRANSACTION");
        try {
            for (String statement : statements) {
                execute(connection, statement);
            }
            execute(connection, "INSERT INTO schema_version(version) VALUES (" + version + ")");
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            execute(connection, "ROLLBACK");
            throw e;
        }
    }

    /** Runs one statement on a statement of its own: DuckDB closes a statement that failed. */
    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
