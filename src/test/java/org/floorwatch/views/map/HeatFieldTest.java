package org.floorwatch.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.floorwatch.floorplan.FloorPlan;
import org.floorwatch.floorplan.FloorPlan.Station;
import org.floorwatch.floorplan.SmallPlan;
import org.junit.jupiter.api.Test;

class HeatFieldTest {

    private final FloorPlan plan = SmallPlan.plan();

    @Test
    void theGridCoversTheFloorInSquareCells() {
        HeatField field = HeatField.of(plan, Map.of());

        assertThat(field.columns()).isEqualTo(HeatField.CELLS_ACROSS);
        assertThat(field.rows()).isEqualTo(HeatField.CELLS_ACROSS / 2);
        assertThat(field.cellSize() * field.columns()).isCloseTo(80, within(1e-9));
    }

    @Test
    void withNoWipEveryCellIsZero() {
        for (HeatField field : new HeatField[] {HeatField.of(plan, Map.of()),
                HeatField.of(plan, Map.of("PRESS", 0.0, "CHECK", 0.0))}) {
            assertThat(field.scale()).isZero();
            assertThat(max(field)).isZero();
        }
    }

    @Test
    void thePeakSitsOnTheStationWithTheHighestIntensity() {
        HeatField field = HeatField.of(plan, Map.of("IN", 2.0, "PRESS", 8.0, "CHECK", 4.0));
        int best = 0;
        for (int i = 1; i < field.columns() * field.rows(); i++) {
            if (field.value(i % field.columns(), i / field.columns())
                    > field.value(best % field.columns(), best / field.columns())) {
                best = i;
            }
        }
        double x = (best % field.columns() + 0.5) * field.cellSize();
        double y = (best / field.columns() + 0.5) * field.cellSize();
        Station press = plan.station("PRESS").orElseThrow();

        assertThat(x).isBetween(press.x(), press.x() + press.width());
        assertThat(y).isBetween(press.y(), press.y() + press.height());
        assertThat(field.scale()).isEqualTo(8);
    }

    @Test
    void valuesAreIntensityOverTheScaleAtEachCentreAndFadeAway() {
        HeatField field = HeatField.of(plan, Map.of("PRESS", 8.0, "CHECK", 4.0));

        assertThat(field.valueAt(18, 12.5)).isCloseTo(1, within(0.01));
        assertThat(field.valueAt(31, 12)).isCloseTo(0.5, within(0.01));
        assertThat(field.valueAt(75, 38)).isZero();
        assertThat(field.valueAt(-1, 5)).isZero();
    }

    @Test
    void theSmoothValueBlendsBetweenCellCentres() {
        HeatField field = HeatField.of(plan, Map.of("PRESS", 8.0));
        double cell = field.cellSize();
        double a = field.value(40, 30);
        double b = field.value(41, 30);

        assertThat(field.smoothValueAt(40.5 * cell, 30.5 * cell)).isCloseTo(a, within(1e-6));
        assertThat(field.smoothValueAt(41 * cell, 30.5 * cell)).isCloseTo((a + b) / 2, within(1e-6));
        assertThat(field.smoothValueAt(-0.1, 5)).isZero();
    }

    @Test
    void aGivenScaleNormalisesAndClampsAtOne() {
        HeatField wide = HeatField.of(plan, Map.of("PRESS", 8.0), 16);
        HeatField narrow = HeatField.of(plan, Map.of("PRESS", 8.0, "CHECK", 4.0), 4);

        assertThat(wide.valueAt(18, 12.5)).isCloseTo(0.5, within(0.01));
        assertThat(narrow.valueAt(18, 12.5)).isCloseTo(1, within(0.01));
        assertThat(narrow.valueAt(31, 12)).isCloseTo(1, within(0.01));
        assertThat(max(narrow)).isLessThanOrEqualTo(1);
    }

    @Test
    void unusableIntensitiesAndUnknownStationsAreIgnored() {
        HeatField field = HeatField.of(plan, Map.of("PRESS", Double.NaN, "CHECK", -3.0, "ELSEWHERE", 9.0, "FIX", 1.0));

        assertThat(field.valueAt(18, 12.5)).isZero();
        assertThat(field.valueAt(31, 12)).isZero();
        assertThat(field.valueAt(31, 26)).isCloseTo(1, within(0.01));
        assertThat(field.scale()).isEqualTo(1);
    }

    private static double max(HeatField field) {
        double max = 0;
        for (int row = 0; row < field.rows(); row++) {
            for (int column = 0; column < field.columns(); column++) {
                max = Math.max(max, field.value(column, row));
            }
        }
        return max;
    }
}
