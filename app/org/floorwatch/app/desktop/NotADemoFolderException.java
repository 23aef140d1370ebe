package org.floorwatch.app.desktop;

/** The folder given to the demo holds data the demo did not write; the demo leaves it untouched. */
public final class NotADemoFolderException extends RuntimeException {

    NotADemoFolderException(String message) {
        super(message);
    }
}
