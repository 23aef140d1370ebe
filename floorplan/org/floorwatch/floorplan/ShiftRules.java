package org.floorwatch.floorplan;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.floorwatch.floorplan.FloorPlan.Shift;

/**
 * The shifts of a plan, in the order listed, must tile the 24 hours of a local day: at least one,
 * names unique, each shift ending where the next starts, the last ending where the first starts, and
 * together lasting exactly 24 hours. A shift may cross midnight; a lone shift from a time to the
 * same time lasts 24 hours.
 */
final class ShiftRules {

    private static final Duration DAY = Duration.ofHours(24);

    private ShiftRules() {
    }

    static void check(List<Shift> shifts, String source) {
        if (shifts.isEmpty()) {
            throw new InvalidPlanException(source, "shifts: at least one shift is required");
        }
        Set<String> names = new HashSet<>();
        Duration covered = Duration.ZERO;
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            String entry = "shift \"" + shift.name() + "\": ";
            if (!names.add(shift.name())) {
                throw new InvalidPlanException(source, entry + "duplicate name");
            }
            Shift next = shifts.get((i + 1) % shifts.size());
            if (!shift.end().equals(next.start())) {
                throw new InvalidPlanException(source, entry + "ends at " + shift.end() + " but "
                        + (i + 1 < shifts.size() ? "the next" : "the first") + " shift \"" + next.name()
                        + "\" starts at " + next.start() + "; the shifts must cover the 24 hours with no gap or overlap");
            }
            covered = covered.plus(length(shift));
            if (covered.compareTo(DAY) > 0) {
                throw new InvalidPlanException(source, entry + "overlaps shift \"" + shifts.get(0).name()
                        + "\"; in order the shifts cover more than 24 hours");
            }
        }
    }

    /** Clock length of a shift on an ordinary day: up to 24 hours, a start equal to the end being 24. */
    static Duration length(Shift shift) {
        Duration length = Duration.between(shift.start(), shift.end());
        return length.isNegative() || length.isZero() ? length.plus(DAY) : length;
    }
}
