package org.floorwatch.ingest.files;

import java.nio.file.Path;
import org.floorwatch.floorplan.SmallPlan;
import org.floorwatch.localstore.FloorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Each test gets a folder for its files, a fresh store in it and an importer on the small plan. */
abstract class ImportOnStore {

    @TempDir
    Path dir;
    FloorStore store;
    FileImporter importer;

    @BeforeEach
    void openStore() {
        store = FloorStore.open(dir.resolve("data"));
        importer = new FileImporter(SmallPlan.plan(), store.writer());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
