package org.floorwatch.ingest.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.floorwatch.localstore.files.ReadPosition;

/** SHA-256 of what was read of a file, to tell a file that grew from one that was rewritten. */
final class FileBytes {

    private FileBytes() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static ReadPosition positionOf(byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update(bytes);
        return new ReadPosition(bytes.length, hex(digest));
    }

    /**
     * True if {@code bytes} are {@code previous}'s bytes with more after them, and the earlier read ended at a
     * line end (so the new bytes start a new row).
     */
    static boolean grewFrom(byte[] bytes, ReadPosition previous) {
        long read = previous.readBytes();
        if (read <= 0 || bytes.length <= read || bytes[(int) read - 1] != '\n') {
            return false;
        }
        MessageDigest digest = sha256();
        digest.update(bytes, 0, (int) read);
        return hex(digest).equals(previous.readHash());
    }
}
