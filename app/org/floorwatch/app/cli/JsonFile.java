package org.floorwatch.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.floorwatch.floorplan.FileTrouble;

/** Writes a command's JSON to a file, creating its folder; a failure is one line for the user. */
final class JsonFile {

    /** Writes to an open stream. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private JsonFile() {
    }

    static void write(Path file, Writing writing) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                writing.to(out);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + FileTrouble.of(e));
        }
    }
}
