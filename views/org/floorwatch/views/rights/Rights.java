package org.floorwatch.views.rights;

import java.util.Objects;

/**
 * What the person at this desk may do: their login and their role. Screens hide the controls of what is not
 * allowed and say why; view models refuse it too, whoever calls them.
 */
public record Rights(String login, Role role) {

    public Rights {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
    }

    /** An engineer: every right (a site that names no roles). */
    public static Rights everything(String login) {
        return new Rights(login, Role.ENGINEER);
    }

    /** A wall display: read only, and nothing to act with on screen. */
    public static Rights wallDisplay(String login) {
        return new Rights(login, Role.WALL_DISPLAY);
    }

    public boolean allow(Right right) {
        return role.has(right);
    }

    public boolean wall() {
        return role == Role.WALL_DISPLAY;
    }

    /** Why {@code right} is not allowed, in plain words; empty when it is. */
    public String refusal(Right right) {
        if (allow(right)) {
            return "";
        }
        if (wall()) {
            return "This is a wall display: it only shows.";
        }
        String whose = right == Right.IMPORT ? "engineers" : "operators and engineers";
        String doing = right.doing();
        return Character.toUpperCase(doing.charAt(0)) + doing.substring(1) + " is for " + whose + "; " + login + " is "
                + role.words() + " here (roles are set in the config file).";
    }
}
