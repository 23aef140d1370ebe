package org.floorwatch.floorplan;

import java.util.regex.Pattern;

/** Takes Java class names out of a library's message, so what a user reads is plain words. */
public final class ClassNames {

    /** A qualified class name ending in Exception or Error, with the ": " after it, e.g. "java.io.IOException: ". */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b(?::\\s*)?");

    private ClassNames() {
    }

    public static String removedFrom(String message) {
        return CLASS_NAME.matcher(message).replaceAll("");
    }
}
