package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

class DepartmentAreasTest {

    private final FloorPlan plan = SmallPlan.plan();
    private final List<DepartmentAreas.Area> areas = DepartmentAreas.of(plan);

    @Test
    void neighbouringStationsShareAnAreaButNoAreaTakesInAnotherDepartmentsStation() {
        DepartmentAreas.Area main = areas.get(0);
        assertThat(main.name()).isEqualTo("Main");
        assertThat(List.of(main.x(), main.y(), main.right(), main.bottom())).containsExactly(2.0, 10.0, 22.0, 15.0);
        for (DepartmentAreas.Area area : areas) {
            assertThat(plan.stations()).noneMatch(s -> !s.department().equals(area.department()) && area.overlaps(s));
        }
    }

    @Test
    void everyStationLiesInOneAreaOfItsDepartment() {
        for (Station station : plan.stations()) {
            assertThat(areas).filteredOn(area -> area.overlaps(station)).singleElement()
                    .satisfies(area -> assertThat(area.department()).isEqualTo(station.department()));
        }
    }
}
