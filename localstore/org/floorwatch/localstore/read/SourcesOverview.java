package org.floorwatch.localstore.read;

import java.util.List;
import org.floorwatch.localstore.FloorStore;
import org.floorwatch.localstore.QuarantinedRecord;
import org.floorwatch.localstore.files.RefusedFile;
import org.floorwatch.localstore.files.SourceActivity;
import org.floorwatch.localstore.files.SourceFile;
import org.floorwatch.localstore.orders.DatabaseSourceState;
import org.floorwatch.localstore.orders.DatabaseSources;

/**
 * What the Sources screen shows, read at once: every database source and every file source with its totals, the
 * latest records quarantined from files and databases, and the latest refusals (see {@link SourceActivity} and
 * {@link DatabaseSources}).
 */
public record SourcesOverview(List<DatabaseSourceState> databases, List<SourceFile> sources,
                              List<QuarantinedRecord> quarantined, List<RefusedFile> refusals) {

    public SourcesOverview {
        databases = List.copyOf(databases);
        sources = List.copyOf(sources);
        quarantined = List.copyOf(quarantined);
        refusals = List.copyOf(refusals);
    }

    /** Reads it on a connection of its own, with up to {@code shown} quarantined records and refusals. Blocks. */
    public static SourcesOverview read(FloorStore store, int shown) {
        return StoreReads.read(store, "the sources", connection -> {
            SourceActivity activity = new SourceActivity(connection);
            return new SourcesOverview(DatabaseSources.all(connection), activity.sources(),
                    activity.quarantinedFromSources(shown), activity.refusals(shown));
        });
    }
}
