package org.floorwatch.views.rights;

/** What a person may do at a desk besides looking; each role has some of them (see {@link Role}). */
public enum Right {
    ACKNOWLEDGE("acknowledging alarms"),
    SHELVE("shelving alarms"),
    SHIFT_NOTE("writing in the shift log"),
    IMPORT("importing files"),
    EXPORT("exporting to Excel");

    private final String doing;

    Right(String doing) {
        this.doing = doing;
    }

    /** The act in words, e.g. "importing files". */
    public String doing() {
        return doing;
    }
}
