package org.floorwatch.ingest.inventory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.floorwatch.localstore.EventWriter;
import org.floorwatch.localstore.StoreWork;
import org.floorwatch.localstore.files.InventoryItem;
import org.floorwatch.localstore.files.ReadPosition;
import org.floorwatch.localstore.files.RowCounts;
import org.floorwatch.localstore.files.SourceFileLedger;
import org.floorwatch.localstore.files.SourceRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the tool inventory endpoint, {@code GET <base>/tools} (contract section 4), every interval (default 30
 * minutes) on a background thread, and stores each snapshot as a {@code .json} snapshot file is stored: it
 * replaces the whole inventory. A failed poll (endpoint down, not 200, a snapshot that breaks a rule) is logged,
 * a broken snapshot is recorded as refused, and the next poll tries again.
 */
public final class ToolInventoryPoller implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(ToolInventoryPoller.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI tools;
    private final EventWriter writer;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "floorwatch-tool-inventory");
        t.setDaemon(true);
        return t;
    });

    /** @param base the endpoint's base address, e.g. {@code http://127.0.0.1:8090} (tools are at {@code <base>/tools}) */
    public ToolInventoryPoller(URI base, EventWriter writer) {
        String text = base.toString();
        this.tools = URI.create((text.endsWith("/") ? text : text + "/") + "tools");
        this.writer = writer;
    }

    /** Polls now and then every {@code interval}. */
    public void start(Duration interval) {
        thread.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Fetches and stores one snapshot; returns what it changed.
     *
     * @throws IOException             if the endpoint cannot be reached or does not answer 200
     * @throws InvalidSnapshotException if the snapshot breaks a rule (it is recorded as refused)
     */
    public RowCounts pollOnce() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(tools).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + tools + " answered " + response.statusCode());
        }
        byte[] body = response.body();
        List<InventoryItem> items;
        try {
            items = InventorySnapshot.parse(new String(body, StandardCharsets.UTF_8));
        } catch (InvalidSnapshotException e) {
            store(connection -> {
                SourceFileLedger.recordRefusal(connection, tools.toString(), "tool-inventory", body.length, e.item(),
                        e.getMessage(), clock.instant());
                return null;
            });
            throw e;
        }
        ReadPosition position = new ReadPosition(body.length, sha256(body));
        return store(connection -> {
            RowCounts stored = InventorySnapshot.store(connection, items, tools.toString());
            SourceFileLedger.recordRead(connection, new SourceRead(tools.toString(), "tool-inventory", body.length,
                    position, stored.taken(), stored.duplicates(), 0, clock.instant(), false));
            return stored;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollSafely() {
        try {
            RowCounts counts = pollOnce();
            LOG.info("tool inventory from {}: {} changed, {} unchanged", tools, counts.taken(), counts.duplicates());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the tool inventory from {} ({}); trying again at the next poll", tools,
                    e.getMessage());
        }
    }

    private <T> T store(StoreWork<T> work) {
        try {
            return writer.submitWork("the tool inventory from " + tools, work).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Where the poller reads, {@code <base>/tools}. */
    public URI toolsAddress() {
        return tools;
    }
}
