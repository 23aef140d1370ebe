package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapViewportTest {

    private final MapViewport view = new MapViewport();

    MapViewportTest() {
        view.setPlanSize(80, 40);
        view.setViewSize(1200, 700);
    }

    @Test
    void thePlanIsFittedCentredWithItsAspectRatioKept() {
        assertThat(view.scale()).isCloseTo((1200 - 2 * MapViewport.MARGIN_PX) / 80, within(1e-9));
        assertThat(view.screenX(40)).isCloseTo(600, within(1e-9));
        assertThat(view.screenY(20)).isCloseTo(350, within(1e-9));
        assertThat(view.planX(view.screenX(13))).isCloseTo(13, within(1e-9));
    }

    @Test
    void zoomKeepsTheFloorPointUnderTheCursor() {
        double x = view.planX(300);
        double y = view.planY(200);
        double before = view.scale();

        view.zoomAt(2, 300, 200);

        assertThat(view.scale()).isCloseTo(2 * before, within(1e-9));
        assertThat(view.planX(300)).isCloseTo(x, within(1e-9));
        assertThat(view.planY(200)).isCloseTo(y, within(1e-9));
    }

    @Test
    void panMovesTheFloorAndResetFitsItAgain() {
        double fitted = view.screenX(10);
        view.panBy(50, -20);
        view.zoomAt(3, 10, 10);

        view.reset();

        assertThat(view.screenX(10)).isCloseTo(fitted, within(1e-9));
        assertThat(view.zoom()).isEqualTo(1);
    }

    @Test
    void zoomStaysWithinLimits() {
        for (int i = 0; i < 50; i++) {
            view.zoomAt(2, 600, 350);
        }
        assertThat(view.zoom()).isEqualTo(MapViewport.MAX_ZOOM);
        for (int i = 0; i < 50; i++) {
            view.zoomAt(0.5, 600, 350);
        }
        assertThat(view.zoom()).isEqualTo(MapViewport.MIN_ZOOM);
    }
}
