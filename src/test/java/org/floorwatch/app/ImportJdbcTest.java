package org.floorwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorwatch.ingest.database.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --jdbc} against a real PostgreSQL: work orders, an archive of moves, and a wrong password. */
class ImportJdbcTest {

    private static final String WORK_ORDERS = "SELECT work_order, machine, fault, severity, reported, started, "
            + "resolved, technician FROM maintenance ORDER BY work_order";

    @TempDir
    Path dir;

    @Test
    void loadsWorkOrdersQuarantinesTheBadOneAndCountsDuplicatesOnASecondRun() throws IOException {
        TestPostgres postgres = TestPostgres.shared();
        String database = postgres.newDatabase("import");
        postgres.sql(database, "CREATE TABLE maintenance(work_order text, machine text, fault text, severity text, "
                        + "reported timestamp, started timestamp, resolved timestamp, technician text)",
                "INSERT INTO maintenance VALUES ('WO-1', 'M-LITHO-1', 'drift', 'high', '2026-11-02 06:00', NULL, "
                        + "'2026-11-02 08:30', 'ana'), ('WO-2', 'M-ETCH-1', 'leak', 'low', '2026-11-02 07:00', NULL, NULL, "
                        + "NULL), ('WO-3', 'M-NOWHERE', 'x', 'low', '2026-11-02 07:00', NULL, NULL, NULL)");
        Path password = Files.writeString(dir.resolve("db.password"), TestPostgres.PASSWORD + "\n");
        String[] args = {"import", "--jdbc", postgres.url(database), "--kind", "work-orders", "--query", WORK_ORDERS,
            "--user", TestPostgres.USER, "--password-file", password.toString(), "--data", dir.resolve("data").toString()};

        CliRun first = CliRun.run(args);
        CliRun second = CliRun.run(args);
        CliRun report = CliRun.run("report", "quality", "--from", "2026-11-02", "--to", "2026-11-02", "--data",
                dir.resolve("data").toString());

        assertThat(first.err()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(first.out()).isEqualTo("imported: 2 new, 0 duplicate, 1 quarantined, 0 refused\n");
        assertThat(second.out()).as("the row quarantined the first time is a duplicate too")
                .isEqualTo("imported: 0 new, 3 duplicate, 0 quarantined, 0 refused\n");
        assertThat(report.out()).contains("\"work_orders_resolved\" : 1").contains("\"mttr_h\" : 2.5");
    }

    @Test
    void workOrdersFromADatabaseCountInTheReportsExactlyAsMaintenanceLogRows() throws IOException {
        TestPostgres postgres = TestPostgres.shared();
        String database = postgres.newDatabase("same");
        postgres.sql(database, "CREATE TABLE maintenance(work_order text, machine text, fault text, severity text, "
                        + "reported timestamp, started timestamp, resolved timestamp, technician text)",
                "INSERT INTO maintenance VALUES ('WO-1', 'M-LITHO-1', 'drift', 'high', '2026-11-02 06:00', NULL, "
                        + "'2026-11-02 08:30', 'ana'), ('WO-2', 'M-ETCH-1', 'leak', 'low', '2026-11-02 20:00', NULL, NULL, NULL)");
        Path log = Files.writeString(dir.resolve("maintenance.csv"), "work_order,machine,fault,severity,reported,started,"
                + "resolved,technician\nWO-1,M-LITHO-1,drift,high,2026-11-02 06:00,,2026-11-02 08:30,ana\n"
                + "WO-2,M-ETCH-1,leak,low,2026-11-02 20:00,,,\n");
        Path password = Files.writeString(dir.resolve("db.password"), TestPostgres.PASSWORD);
        CliRun.run("import", log.toString(), "--data", dir.resolve("from-file").toString());
        CliRun.run("import", "--jdbc", postgres.url(database), "--kind", "work-orders", "--query", WORK_ORDERS, "--user",
                TestPostgres.USER, "--password-file", password.toString(), "--data", dir.resolve("from-db").toString());

        for (String[] kind : new String[][] {{"production", "\"downtime_h\" : 2.5"}, {"quality", "\"mttr_h\" : 2.5"}}) {
            String fromFile = CliRun.run("report", kind[0], "--from", "2026-11-02", "--to", "2026-11-02", "--data",
                    dir.resolve("from-file").toString()).out();
            String fromDb = CliRun.run("report", kind[0], "--from", "2026-11-02", "--to", "2026-11-02", "--data",
                    dir.resolve("from-db").toString()).out();
            assertThat(fromDb).as(kind[0]).isEqualTo(fromFile).contains(kind[1]);
        }
    }

    @Test
    void archivedMovesAreCheckedAndDeduplicatedWithAnArchiveFile() throws IOException {
        TestPostgres postgres = TestPostgres.shared();
        String database = postgres.newDatabase("moves");
        postgres.sql(database, "CREATE TABLE moves(id text, ts timestamptz, part text, type text, from_station text, "
                        + "to_station text, error text)",
                "INSERT INTO moves VALUES ('m1', '2026-11-02 06:00+00', 'P1', 'CPU', NULL, 'WAFER-PREP', NULL), "
                        + "('m2', '2026-11-02 06:05+00', 'P1', 'CPU', 'WAFER-PREP', 'LITHO-1', NULL), "
                        + "('m3', '2026-11-02 06:09+00', 'P1', 'CPU', 'LITHO-1', 'NOWHERE', NULL)");
        Path archive = Files.writeString(dir.resolve("floor.jsonl"),
                "{\"id\":\"m1\",\"ts\":\"2026-11-02T06:00:00Z\",\"part\":\"P1\",\"type\":\"CPU\",\"from\":null,"
                        + "\"to\":\"WAFER-PREP\"}\n");
        Path password = Files.writeString(dir.resolve("db.password"), TestPostgres.PASSWORD);
        String data = dir.resolve("data").toString();

        CliRun file = CliRun.run("import", archive.toString(), "--data", data);
        CliRun db = CliRun.run("import", "--jdbc", postgres.url(database), "--kind", "moves", "--query",
                "SELECT id, ts, part, type, from_station AS \"from\", to_station AS \"to\", error FROM moves",
                "--user", TestPostgres.USER, "--password-file", password.toString(), "--data", data);

        assertThat(file.out()).isEqualTo("imported: 1 new, 0 duplicate, 0 quarantined, 0 refused\n");
        assertThat(db.out()).isEqualTo("imported: 1 new, 1 duplicate, 1 quarantined, 0 refused\n");
    }

    @Test
    void aWrongPasswordIsOneLineWithoutItAndExitsOne() throws IOException {
        TestPostgres postgres = TestPostgres.shared();
        String database = postgres.newDatabase("wrong");
        Path password = Files.writeString(dir.resolve("db.password"), "Wrong-Pa55word\n");

        CliRun run = CliRun.run("import", "--jdbc", postgres.url(database), "--kind", "work-orders", "--query", WORK_ORDERS,
                "--user", TestPostgres.USER, "--password-file", password.toString(), "--data",
                dir.resolve("data").toString());
        CliRun usage = CliRun.run("import", "--jdbc", postgres.url(database), "--data", dir.resolve("data").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("floorwatch: " + postgres.url(database) + ": ")
                .contains("password authentication failed").doesNotContain("Wrong-Pa55word");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(usage.status()).isEqualTo(2);
    }
}
