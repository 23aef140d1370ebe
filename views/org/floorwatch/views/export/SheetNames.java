package org.floorwatch.views.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not blank, not
 * starting or ending with an apostrophe, not the reserved "History", and unique ignoring case (as Excel compares them).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = "[]:*?/\\";

    private final Set<String> taken = new HashSet<>();

    /** A legal name close to {@code wanted} that no earlier call returned; "Moves (2)" when "Moves" is taken. */
    String claim(String wanted) {
        String base = sanitise(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("History"); n++) {
            String suffix = " (" + n + ")";
            name = trimApostrophes(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
        }
        return name;
    }

    static String sanitise(String wanted) {
        StringBuilder name = new StringBuilder();
        String source = wanted == null ? "" : wanted.strip();
        for (int i = 0; i < source.length() && name.length() < MAX_LENGTH; i++) {
            char c = source.charAt(i);
            name.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String legal = trimApostrophes(name.toString().strip());
        return legal.isEmpty() ? "Sheet" : legal;
    }

    private static String trimApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end).strip();
    }
}
