package org.floorwatch.views.main;

import javafx.scene.input.KeyCode;

/** The screens of the main window, in the navigation's order, with their shortcut digit (Ctrl+1, ...). */
public enum Screen {
    FLOOR("Floor now", KeyCode.DIGIT1, true),
    REPORTS("Reports", KeyCode.DIGIT2, true),
    SOURCES("Sources", KeyCode.DIGIT3, true),
    ALARMS("Alarms", KeyCode.DIGIT4, true),
    SHIFT_LOG("Shift log", KeyCode.DIGIT5, true),
    AUDIT("Audit trail", KeyCode.DIGIT6, true);

    private final String title;
    private final KeyCode shortcut;
    private final boolean built;

    Screen(String title, KeyCode shortcut, boolean built) {
        this.title = title;
        this.shortcut = shortcut;
        this.built = built;
    }

    public String title() {
        return title;
    }

    public KeyCode shortcut() {
        return shortcut;
    }

    /** False for screens that come with a later release; the navigation shows them as coming. */
    public boolean built() {
        return built;
    }
}
