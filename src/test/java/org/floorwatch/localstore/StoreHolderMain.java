package org.floorwatch.localstore;

import java.io.IOException;
import java.nio.file.Path;

/** Child process for lock tests: opens the store in {@code args[0]}, says "open FOLDER", holds it until stdin closes. */
public final class StoreHolderMain {

    private StoreHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (FloorStore store = FloorStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.dataDir());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our stdin
            }
        }
    }
}
