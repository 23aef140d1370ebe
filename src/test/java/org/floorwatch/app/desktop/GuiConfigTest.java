package org.floorwatch.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.floorwatch.ingest.message.Topics;
import org.floorwatch.localstore.orders.OrderKind;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.rights.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiConfigTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyOfTheShippedExample() {
        GuiConfig config = GuiConfig.load(Path.of("packaging", "floorwatch-example.properties"));

        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1.plant.example:9093,kafka-2.plant.example:9093");
        assertThat(config.kafka().topics()).isEqualTo(new Topics("fab1.floor.moves", "fab1.floor.heat", "fab1.floor.energy"));
        assertThat(config.kafka().groupId()).isEqualTo("floorwatch-fab1");
        assertThat(config.kafka().clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsKey("sasl.jaas.config");
        assertThat(config.dataDir()).isEqualTo(Path.of("packaging").toAbsolutePath().resolve("data"));
        assertThat(config.planFile()).isEqualTo(Path.of("packaging").toAbsolutePath().resolve("site-plan.json"));
        assertThat(config.inboxDir()).isEqualTo(Path.of("/srv/floorwatch/inbox"));
        assertThat(config.toolsUrl()).isEqualTo(URI.create("https://tools.plant.example/api"));
        assertThat(config.toolsPoll()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.lake()).isEqualTo(new GuiConfig.LakeSchedule(Path.of("/mnt/plant-lake/fab1"),
                Duration.ofMinutes(15), false));
        assertThat(config.kafka().changes().workOrders()).containsExactly("plant.public.work_orders");
        assertThat(config.kafka().changes().purchaseOrders()).containsExactly("plant.public.purchase_orders");
        assertThat(config.databases()).singleElement().satisfies(db -> {
            assertThat(db.name()).isEqualTo("maintenance");
            assertThat(db.url()).isEqualTo("jdbc:postgresql://db.plant.example:5432/plant");
            assertThat(db.user()).isEqualTo("floorwatch");
            assertThat(db.password().file()).isEqualTo(Path.of("/etc/floorwatch/maintenance-db.password"));
            assertThat(db.queries()).containsOnlyKeys(OrderKind.WORK_ORDERS, OrderKind.PURCHASE_ORDERS);
            assertThat(db.queries().get(OrderKind.WORK_ORDERS)).startsWith("SELECT wo_number AS work_order,")
                    .endsWith("updated_at FROM work_orders");
            assertThat(db.pollEvery()).isEqualTo(Duration.ofMinutes(5));
            assertThat(db.settle()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void aDatabaseNeedsAUrlAndAQueryAndOnePlaceForItsPassword() throws IOException {
        String base = "kafka.bootstrap.servers=localhost:9092\ndata.dir=site\n";
        GuiConfig env = GuiConfig.load(write(base + "database.erp.url=jdbc:sqlserver://erp;databaseName=plant\n"
                + "database.erp.password.env=ERP_PASSWORD\ndatabase.erp.query.purchase-orders=SELECT * FROM po\n"));

        assertThat(env.databases()).singleElement().satisfies(db -> {
            assertThat(db.password().environmentVariable()).isEqualTo("ERP_PASSWORD");
            assertThat(db.pollEvery()).isEqualTo(Duration.ofMinutes(5));
        });
        assertThatThrownBy(() -> GuiConfig.load(write(base + "database.erp.user=fw\n")))
                .hasMessageEndingWith("'database.erp.url' is required for database erp");
        assertThatThrownBy(() -> GuiConfig.load(write(base + "database.erp.url=jdbc:postgresql://h/d\n")))
                .hasMessageContaining("database erp needs 'database.erp.query.work-orders'");
        assertThatThrownBy(() -> GuiConfig.load(write(base + "database.erp.url=jdbc:postgresql://h/d\n"
                + "database.erp.query.work-orders=SELECT 1\ndatabase.erp.poll.minutes=0\n")))
                .hasMessageEndingWith("'database.erp.poll.minutes' must be a whole number, at least 1, not '0'");
        assertThatThrownBy(() -> GuiConfig.load(write(base + "database.erp.passwrd=x\n")))
                .hasMessageContaining("unknown key(s) [database.erp.passwrd]");
    }

    @Test
    void needsOnlyServersAndADataFolderAndTakesTheDefaultsForTheRest() throws IOException {
        GuiConfig config = GuiConfig.load(write("kafka.bootstrap.servers=localhost:9092\ndata.dir=site\n"));

        assertThat(config.kafka().topics()).isEqualTo(Topics.DEFAULT);
        assertThat(config.kafka().groupId()).isEqualTo("floorwatch");
        assertThat(config.kafka().clientProperties()).isEqualTo(Map.of());
        assertThat(config.dataDir()).isEqualTo(dir.toAbsolutePath().resolve("site"));
        assertThat(config.planFile()).isNull();
        assertThat(config.toolsUrl()).isNull();
        assertThat(config.lake()).isNull();
    }

    @Test
    void theHistoryExportTakesAFolderRelativeToTheFileAnIntervalAndAFormat() throws IOException {
        GuiConfig config = GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nlake.dir=lake\n"
                + "lake.every.minutes=5\nlake.format=parquet\n"));

        assertThat(config.lake()).isEqualTo(new GuiConfig.LakeSchedule(dir.toAbsolutePath().resolve("lake"),
                Duration.ofMinutes(5), true));
        assertThat(GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nlake.dir=x\n")).lake().every())
                .isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nlake.every.minutes=5\n")))
                .hasMessageContaining("need 'lake.dir'");
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nlake.dir=x\n"
                + "lake.format=orc\n"))).hasMessageContaining("'lake.format' is delta or parquet, not 'orc'");
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nlake.dir=x\n"
                + "lake.every.minutes=0\n"))).hasMessageContaining("'lake.every.minutes' must be a whole number");
    }

    @Test
    void refusesAnUnknownKeyAMissingOneAndABadValueByName() throws IOException {
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nkafka.bootstrap=a:1\n")))
                .isInstanceOf(GuiConfig.InvalidConfigException.class).hasMessageContaining("unknown key(s) [kafka.bootstrap]");
        assertThatThrownBy(() -> GuiConfig.load(write("data.dir=d\n")))
                .hasMessageContaining("'kafka.bootstrap.servers' is required");
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\ntools.poll.minutes=often\n")))
                .hasMessageContaining("'tools.poll.minutes' must be a whole number of minutes, at least 1, not 'often'");
        assertThatThrownBy(() -> GuiConfig.load(write("kafka.bootstrap.servers=a:1\ndata.dir=d\nkafka.topic.heat=floor.moves\n")))
                .hasMessageContaining("must differ");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("site.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void rolesByLoginAndTheWallDisplayComeFromTheConfig() throws IOException {
        GuiConfig config = GuiConfig.load(write("kafka.bootstrap.servers=localhost:9092\ndata.dir=site\n"
                + "roles.operator=alice, Bob\nroles.engineer=carol\nkiosk.screens=alarms, floor\nkiosk.cycle.seconds=12\n"),
                "bob");

        assertThat(config.operator()).isEqualTo("bob");
        assertThat(config.desk().login()).isEqualTo("bob");
        assertThat(config.desk().rights(false).role()).isEqualTo(Role.OPERATOR);
        assertThat(config.desk().rights(true).role()).isEqualTo(Role.WALL_DISPLAY);
        assertThat(config.desk().roles().of("CAROL").role()).isEqualTo(Role.ENGINEER);
        assertThat(config.desk().roles().of("dave").role()).isEqualTo(Role.READ_ONLY);
        assertThat(config.desk().wallScreens()).containsExactly(Screen.ALARMS, Screen.FLOOR);
        assertThat(config.desk().wallCycle()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void withNoRolesNamedASingleUserInstallKeepsEveryRight() throws IOException {
        GuiConfig config = GuiConfig.load(write("kafka.bootstrap.servers=localhost:9092\ndata.dir=site\n"), "zoe");

        assertThat(config.desk().rights(false)).isEqualTo(new Rights("zoe", Role.ENGINEER));
        assertThat(config.desk().wallScreens()).containsExactly(Screen.FLOOR, Screen.ALARMS);
        assertThat(config.desk().wallCycle()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aScreenOrCycleTheWallDisplayCannotShowIsRefusedByName() throws IOException {
        String base = "kafka.bootstrap.servers=localhost:9092\ndata.dir=site\n";

        assertThatThrownBy(() -> GuiConfig.load(write(base + "kiosk.screens=floor,flor\n"), "zoe"))
                .hasMessageContaining("'kiosk.screens'").hasMessageContaining("not 'flor'")
                .hasMessageContaining("shift-log");
        assertThatThrownBy(() -> GuiConfig.load(write(base + "kiosk.cycle.seconds=0\n"), "zoe"))
                .hasMessageContaining("'kiosk.cycle.seconds' must be a whole number of seconds, at least 1, not '0'");
        assertThatThrownBy(() -> GuiConfig.load(write(base + "roles.operators=alice\n"), "zoe"))
                .hasMessageContaining("unknown key(s) [roles.operators]");
    }
}
