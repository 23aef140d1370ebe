package org.floorwatch.views.reports;

/** One entry of a filter's drop-down: the value it filters by (null for all) and what it reads as. */
record FilterOption(String value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
