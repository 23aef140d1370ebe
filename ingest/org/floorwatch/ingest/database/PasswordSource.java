package org.floorwatch.ingest.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a database password is kept: a file (its first line) or an environment variable, read at each connection
 * so a changed password is picked up; or none (no password, or one in the JDBC URL). The password itself is never
 * part of a message or of {@link #toString()}.
 */
public record PasswordSource(Path file, String environmentVariable) {

    public static final PasswordSource NONE = new PasswordSource(null, null);

    public static PasswordSource file(Path file) {
        return new PasswordSource(file, null);
    }

    public static PasswordSource environment(String variable) {
        return new PasswordSource(null, variable);
    }

    /** The password, or null if none is configured. */
    String read() throws DatabaseException {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new DatabaseException("cannot read the password file " + file
                        + (e instanceof NoSuchFileException ? " (no such file)" : ""), false);
            }
        }
        if (environmentVariable != null) {
            String value = System.getenv(environmentVariable);
            if (value == null) {
                throw new DatabaseException("the environment variable " + environmentVariable
                        + " (the database password) is not set", false);
            }
            return value;
        }
        return null;
    }

    @Override
    public String toString() {
        return file != null ? "password file " + file : environmentVariable != null
                ? "password in $" + environmentVariable : "no password";
    }
}
