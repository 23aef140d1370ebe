package org.floorwatch.views.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class MonitorSetupTest {

    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, -200, 2560, 1440);

    @Test
    void theKeyCountsTheMonitorsAndNamesTheirBoundsWhicheverIsPrimary() {
        assertThat(MonitorSetup.of(LEFT, RIGHT).key()).isEqualTo("2@0,0,1920x1080+1920,-200,2560x1440")
                .isEqualTo(MonitorSetup.of(RIGHT, LEFT).key());
        assertThat(MonitorSetup.of(LEFT).key()).isEqualTo("1@0,0,1920x1080");
    }

    @Test
    void aWindowStaysWhereAMonitorShowsItsTopEdgeAndIsCentredOnThePrimaryOtherwise() {
        MonitorSetup two = MonitorSetup.of(LEFT, RIGHT);
        WindowBounds onTheRight = new WindowBounds(2000, -150, 800, 600, false, false);
        WindowBounds acrossBoth = new WindowBounds(1500, 100, 1000, 600, true, false);
        assertThat(two.fit(onTheRight)).isEqualTo(onTheRight);
        assertThat(two.fit(acrossBoth)).isEqualTo(acrossBoth);
        assertThat(two.holding(onTheRight).bounds()).isEqualTo(RIGHT);

        WindowBounds topAbove = new WindowBounds(100, -300, 800, 600, false, false);
        WindowBounds onlyAnEdge = new WindowBounds(1900, 1230, 800, 600, false, false);
        WindowBounds tooLarge = new WindowBounds(-5000, 0, 3000, 2000, true, false);
        assertThat(two.fit(topAbove)).isEqualTo(new WindowBounds(560, 240, 800, 600, false, false));
        assertThat(two.fit(onlyAnEdge)).isEqualTo(new WindowBounds(560, 240, 800, 600, false, false));
        assertThat(two.fit(tooLarge)).isEqualTo(new WindowBounds(0, 0, 1920, 1080, true, false));
    }
}
