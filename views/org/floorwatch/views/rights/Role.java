package org.floorwatch.views.rights;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person is at this desk. An operator acknowledges and shelves alarms and writes in the shift log; an engineer
 * may also import files; anyone else reads (and exports: an export changes nothing). A wall display does nothing but
 * show.
 */
public enum Role {
    READ_ONLY("read only", EnumSet.of(Right.EXPORT)),
    OPERATOR("an operator", EnumSet.of(Right.EXPORT, Right.ACKNOWLEDGE, Right.SHELVE, Right.SHIFT_NOTE)),
    ENGINEER("an engineer", EnumSet.allOf(Right.class)),
    WALL_DISPLAY("a wall display", EnumSet.noneOf(Right.class));

    private final String words;
    private final Set<Right> rights;

    Role(String words, Set<Right> rights) {
        this.words = words;
        this.rights = rights;
    }

    /** "an operator", "read only". */
    public String words() {
        return words;
    }

    public boolean has(Right right) {
        return rights.contains(right);
    }
}
