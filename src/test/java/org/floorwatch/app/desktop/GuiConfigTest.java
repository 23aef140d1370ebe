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
}
