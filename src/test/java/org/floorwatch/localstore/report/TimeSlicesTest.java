package org.floorwatch.localstore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSlicesTest {

    @Test
    void theBucketIsTheWidestOnWhoseEdgesEverySliceStarts() {
        assertThat(slices("2026-11-03T06:00:00Z", "2026-11-04T06:00:00Z").bucketMicros()).isEqualTo(3_600_000_000L);
        // India: 06:00 local is 00:30Z
        assertThat(slices("2026-11-03T00:30:00Z", "2026-11-04T00:30:00Z").bucketMicros()).isEqualTo(1_800_000_000L);
        // Nepal: 06:00 local is 00:15Z
        assertThat(slices("2026-11-03T00:15:00Z", "2026-11-04T06:00:00Z").bucketMicros()).isEqualTo(900_000_000L);
        assertThat(slices("2026-11-03T06:07:00Z").bucketMicros()).isEqualTo(60_000_000L);
        assertThat(slices("2026-11-03T06:07:00.5Z").bucketMicros()).isEqualTo(1L);
    }

    @Test
    void slicesMustFollowEachOther() {
        assertThatThrownBy(() -> slices("2026-11-04T06:00:00Z", "2026-11-03T06:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TimeSlices slices(String... starts) {
        return new TimeSlices(List.of(starts).stream().map(Instant::parse).toList());
    }
}
