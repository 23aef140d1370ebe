package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void percentilesCoverTheLatestFramesOnly() {
        FrameStats stats = new FrameStats(100);
        assertThat(stats.percentileNanos(50)).isZero();
        for (int i = 1; i <= 100; i++) {
            stats.record(1_000_000);
        }
        for (int i = 1; i <= 100; i++) {
            stats.record(i);
        }

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.percentileNanos(50)).isEqualTo(50);
        assertThat(stats.percentileNanos(99)).isEqualTo(99);
        assertThat(stats.percentileNanos(100)).isEqualTo(100);
        stats.clear();
        assertThat(stats.count()).isZero();
    }
}
