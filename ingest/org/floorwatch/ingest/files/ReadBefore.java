package org.floorwatch.ingest.files;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.floorwatch.localstore.files.ReadPosition;

/**
 * What a plain archive that grew still holds of its earlier read: the bytes read then (where reading starts now),
 * the lines in them (for the line numbers after them) and the records among those lines (the non-blank ones, which
 * count as duplicates: every one was counted when it was read).
 */
record ReadBefore(long bytes, long lines, long records) {

    static final ReadBefore NONE = new ReadBefore(0, 0, 0);

    /** What {@code file} holds of {@code previous}, or {@link #NONE} if it no longer starts with it at a line end. */
    static ReadBefore of(Path file, ReadPosition previous) throws IOException {
        MessageDigest digest = FileBytes.sha256();
        try (Prefix prefix = new Prefix(new DigestInputStream(Files.newInputStream(file), digest), previous.readBytes());
             BufferedReader reader = new BufferedReader(new InputStreamReader(prefix, StandardCharsets.UTF_8), 1 << 16)) {
            long records = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                records += line.isBlank() ? 0 : 1;
            }
            boolean same = prefix.left == 0 && prefix.last == '\n' && FileBytes.hex(digest).equals(previous.readHash());
            return same ? new ReadBefore(previous.readBytes(), prefix.lineEnds, records) : NONE;
        }
    }

    /** The first {@code length} bytes of a stream, noting the last byte and the line ends read. */
    private static final class Prefix extends FilterInputStream {

        private long left;
        private int last = -1;
        private long lineEnds;

        Prefix(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
                last = buffer[offset + n - 1];
                for (int i = offset; i < offset + n; i++) {
                    lineEnds += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return n;
        }
    }
}
