package org.floorwatch.localstore.read;

import java.util.List;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.localstore.files.SourceActivity;
import org.floorwatch.localstore.files.SourceFile;

/**
 * What the Sources screen shows, read at once: every file source with its totals, the latest records quarantined
 * from files and the latest refusals (see {@link SourceActivity}).
 */
public record SourcesOverview(List<SourceFile> sources, List<QuarantinedRecord> quarantined, List<RefusedFile> refusals) {

    public SourcesOverview {
        sources = List.copyOf(sources);
        quarantined = List.copyOf(quarantined);
        refusals = List.copyOf(refusals);
    }

    /** Reads it on a connection of its own, with up to {@code shown} quarantined records and refusals. Blocks. */
    public static SourcesOverview read(FloorStore store, int shown) {
        return StoreReads.read(store, "the sources", connection -> {
            SourceActivity activity = new SourceActivity(connection);
            return new SourcesOverview(activity.sources(), activity.quarantinedFromFiles(shown), activity.refusals(shown));
        });
    }
}
