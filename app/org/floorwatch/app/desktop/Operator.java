package org.floorwatch.app.desktop;

/**
 * The user logged in to the computer: who acts at this desk when no {@code operator.name} is configured, whose roles
 * the config's {@code roles.*} name, and who the command line's imports are kept under in the audit trail.
 */
public final class Operator {

    private Operator() {
    }

    public static String loggedIn() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "operator" : user;
    }
}
