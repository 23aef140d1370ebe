package org.floorwatch.views.rights;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Leaves off a screen the controls of what the person may not do: they are hidden (a disabled control cannot show
 * a tooltip saying why), and a line on the screen says why in plain words. A wall display says nothing: it only
 * shows.
 */
public final class RightsOnScreen {

    private RightsOnScreen() {
    }

    /**
     * Shows {@code controls} only if {@code rights} allow {@code right}; otherwise hides them and, unless it already
     * says something, {@code why} says why (the first refusal on a screen stands).
     */
    public static void guard(Rights rights, Right right, Label why, Node... controls) {
        boolean allowed = rights.allow(right);
        for (Node control : controls) {
            control.setVisible(allowed);
            control.setManaged(allowed);
        }
        if (!allowed && why != null && !rights.wall() && (why.getText() == null || why.getText().isEmpty())) {
            why.setText(rights.refusal(right));
            why.setVisible(true);
            why.setManaged(true);
        }
    }
}
