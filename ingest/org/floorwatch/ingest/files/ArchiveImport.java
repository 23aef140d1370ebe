package org.floorwatch.ingest.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import org.floorwatch.floorplan.FileTrouble;
import org.floorwatch.floorplan.event.FloorEvent;
import org.floorwatch.ingest.message.DecodedMessage;
import org.floorwatch.ingest.message.MessageDecoder;
import org.floorwatch.localstore.CommitResult;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.IngestBatch;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.files.ReadPosition;

/**
 * Backfill from an archive of live messages ({@code .jsonl} or {@code .jsonl.gz}, contract section 3): each line
 * goes through the same decoder and the same writer batches as the Kafka stream, so an event already stored from
 * Kafka is a duplicate here and the other way round. A bad line is quarantined under the key
 * {@code file:<absolute path>:<line>} (so importing again quarantines it once, and counts it as a duplicate);
 * blank lines are skipped. Every other line counts once: new, duplicate or quarantined. A {@code .gz} archive is
 * read to its end before anything is stored, so a broken one is refused whole. A plain archive that grew since it
 * was last read is read from where it was left; the lines read before count as duplicates.
 */
final class ArchiveImport {

    static final int LINES_PER_BATCH = 20_000;
    private static final int MAX_RAW_CHARS = 4096;

    private final MessageDecoder decoder;
    private final EventWriter writer;
    private final Clock clock;

    ArchiveImport(MessageDecoder decoder, EventWriter writer, Clock clock) {
        this.decoder = decoder;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * What one read stored, and how far the file has now been read.
     *
     * @param readBefore records (non-blank lines) of a grown archive read before and not again
     */
    record Outcome(long taken, long duplicates, long quarantined, ReadPosition position, boolean appended,
                   long readBefore) {
    }

    Outcome read(Path file, String absolute, ReadPosition previous) {
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        if (gzip) {
            checkGzip(file);
        }
        try {
            long size = Files.size(file);
            ReadBefore before = gzip || previous == null || size <= previous.readBytes() ? ReadBefore.NONE
                    : ReadBefore.of(file, previous);
            MessageDigest digest = FileBytes.sha256();
            try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest)) {
                passOver(raw, before.bytes());
                InputStream text = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
                Outcome counts = readLines(new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8),
                        1 << 16), file, absolute, before.lines());
                raw.transferTo(OutputStream.nullOutputStream());
                return new Outcome(counts.taken(), counts.duplicates(), counts.quarantined(),
                        new ReadPosition(size, FileBytes.hex(digest)), before.bytes() > 0, before.records());
            }
        } catch (IOException e) {
            throw new RefusedFileException(file, null, "cannot be read (" + FileTrouble.of(e) + ")");
        }
    }

    private Outcome readLines(BufferedReader lines, Path file, String absolute, long linesBefore) throws IOException {
        Totals totals = new Totals();
        List<FloorEvent> events = new ArrayList<>();
        List<QuarantinedRecord> quarantined = new ArrayList<>();
        CompletableFuture<CommitResult> inFlight = null;
        long number = linesBefore;
        String source = file.getFileName().toString();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            DecodedMessage decoded = decoder.decodeByFields(line);
            if (decoded.isAccepted()) {
                events.add(decoded.event());
            } else {
                quarantined.add(new QuarantinedRecord("file:" + absolute + ":" + number, source, "line " + number,
                        line.length() <= MAX_RAW_CHARS ? line : line.substring(0, MAX_RAW_CHARS) + "...",
                        decoded.rejection(), clock.instant()));
            }
            if (events.size() + quarantined.size() >= LINES_PER_BATCH) {
                totals.await(inFlight);
                inFlight = writer.submit(new IngestBatch(events, quarantined, List.of()));
                events = new ArrayList<>();
                quarantined = new ArrayList<>();
            }
        }
        totals.await(inFlight);
        totals.await(writer.submit(new IngestBatch(events, quarantined, List.of())));
        return new Outcome(totals.taken, totals.duplicates, totals.quarantined, null, false, 0);
    }

    /** Reads past {@code count} bytes (through the digest, unlike {@code skip}). */
    private static void passOver(InputStream in, long count) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (long left = count; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the file shrank while it was read");
            }
            left -= n;
        }
    }

    /** Reads a gzip archive to its end, so a broken one is refused before any of it is stored. */
    private static void checkGzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new RefusedFileException(file, null, "not a readable gzip archive (" + FileTrouble.of(e) + ")");
        }
    }

    /** Adds up the commits of one read. */
    private static final class Totals {
        long taken;
        long duplicates;
        long quarantined;

        void await(CompletableFuture<CommitResult> commit) {
            if (commit == null) {
                return;
            }
            try {
                CommitResult result = commit.join();
                taken += result.newEvents();
                duplicates += result.duplicates();
                quarantined += result.quarantined();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
