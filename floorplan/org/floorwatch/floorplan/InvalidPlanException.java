package org.floorwatch.floorplan;

/**
 * A floor plan that cannot be used: not readable, not JSON, or breaking one of the plan's rules.
 * The plan is refused whole; the message is one readable line naming the plan's source and the
 * offending entry, e.g. {@code floor plan site.json: route 3 (WAFER-1 -> LITHO-9): unknown station "LITHO-9"}.
 */
public final class InvalidPlanException extends RuntimeException {

    private final String source;

    /**
     * @param source where the plan came from, usually its file name
     * @param detail what is wrong, starting with the offending entry when there is one
     */
    public InvalidPlanException(String source, String detail) {
        super("floor plan " + source + ": " + detail);
        this.source = source;
    }

    /** Where the refused plan came from. */
    public String source() {
        return source;
    }
}
