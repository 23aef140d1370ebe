package org.floorwatch.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorwatch.app.desktop.GuiConfig;
import org.floorwatch.ingest.message.Topics;

/** A site as {@code gui --config} sees it, for the benches: a config file naming a broker, topics and a data folder. */
final class BenchSite {

    private BenchSite() {
    }

    /** Writes {@code folder/site.properties} and loads it as {@code gui} would. */
    static GuiConfig config(Path folder, String bootstrapServers, Topics topics, Path dataDir) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("site.properties");
        Files.writeString(file, String.join("\n",
                "kafka.bootstrap.servers=" + bootstrapServers,
                "kafka.topic.moves=" + topics.moves(),
                "kafka.topic.heat=" + topics.heat(),
                "kafka.topic.energy=" + topics.energy(),
                "data.dir=" + dataDir.toAbsolutePath().toString().replace('\\', '/'),
                ""));
        return GuiConfig.load(file);
    }
}
