package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.floorwatch.floorplan.FloorPlan.Point;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

class FloorGeometryTest {

    private final FloorGeometry geometry = new FloorGeometry(SmallPlan.plan());

    @Test
    void aRouteWithWaypointsOnTheStationEdgesRunsAlongThem() {
        RoutePath path = geometry.path("IN", "PRESS").orElseThrow();

        assertThat(path.planned()).isTrue();
        assertThat(path.points()).containsExactly(new Point(8, 12), new Point(14, 12));
        assertThat(path.length()).isCloseTo(6, within(1e-9));
        assertThat(path.pointAlong(0)).isEqualTo(new Point(8, 12));
        assertThat(path.pointAlong(0.5)).isEqualTo(new Point(11, 12));
        assertThat(path.pointAlong(1)).isEqualTo(new Point(14, 12));
    }

    @Test
    void aRouteWithoutWaypointsRunsFromEdgeToEdgeTowardTheCentres() {
        RoutePath path = geometry.path("PRESS", "CHECK").orElseThrow();

        List<Point> points = path.points();
        assertThat(points).hasSize(2);
        assertThat(points.get(0).x()).isCloseTo(22, within(1e-9));
        assertThat(points.get(1).x()).isCloseTo(28, within(1e-9));
        double startY = 12.5 - 0.5 * 4 / 13;
        double endY = 12 + 0.5 * 3 / 13;
        assertThat(points.get(0).y()).isCloseTo(startY, within(1e-9));
        assertThat(points.get(1).y()).isCloseTo(endY, within(1e-9));
        assertThat(path.length()).isCloseTo(Math.hypot(6, startY - endY), within(1e-9));
    }

    @Test
    void pointAlongWalksEachSegmentByLength() {
        RoutePath path = new RoutePath(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10)), true);

        assertThat(path.length()).isEqualTo(20);
        assertThat(path.pointAlong(0.25)).isEqualTo(new Point(5, 0));
        assertThat(path.pointAlong(0.75)).isEqualTo(new Point(10, 5));
        assertThat(path.pointAlong(-1)).isEqualTo(new Point(0, 0));
        assertThat(path.pointAlong(3)).isEqualTo(new Point(10, 10));
    }

    @Test
    void aMoveThePlanDoesNotRouteGetsAStraightLineBetweenTheStations() {
        RoutePath path = geometry.path("IN", "CHECK").orElseThrow();

        assertThat(path.planned()).isFalse();
        assertThat(path.points()).containsExactly(new Point(8, 12), new Point(28, 12));
        assertThat(path.pointAlong(0.5)).isEqualTo(new Point(18, 12));
    }

    @Test
    void aPartEnteringTheFloorRunsInToItsStationsLeftEdge() {
        RoutePath path = geometry.path(null, "PRESS").orElseThrow();

        assertThat(path.points()).containsExactly(new Point(14 - FloorGeometry.ENTRY_RUN_M, 12.5), new Point(14, 12.5));
        assertThat(geometry.path("NOT-A-STATION", "PRESS")).containsSame(path);
    }

    @Test
    void pathsAreBuiltOnceAndUnknownTargetsHaveNone() {
        assertThat(geometry.path("IN", "CHECK").orElseThrow()).isSameAs(geometry.path("IN", "CHECK").orElseThrow());
        assertThat(geometry.path("IN", "NOWHERE")).isEmpty();
        assertThat(geometry.pointAlong("IN", "PRESS", 0.5)).contains(new Point(11, 12));
    }

    @Test
    void travelTimeIsLengthAtWalkingPaceWithinThreeToSixtySeconds() {
        assertThat(geometry.path("IN", "CHECK").orElseThrow().travelSeconds()).isCloseTo(20 / 1.5, within(1e-9));
        assertThat(geometry.path("IN", "PRESS").orElseThrow().travelSeconds()).isEqualTo(4);
        assertThat(geometry.path(null, "PRESS").orElseThrow().travelSeconds()).isEqualTo(3);
        RoutePath long_ = new RoutePath(List.of(new Point(0, 0), new Point(500, 0)), true);
        assertThat(long_.travelSeconds()).isEqualTo(60);
    }
}
