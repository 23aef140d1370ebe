package org.floorwatch.app.desktop;

/** Who acts at this desk when no {@code operator.name} is configured: the user logged in to the computer. */
final class Operator {

    private Operator() {
    }

    static String loggedIn() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "operator" : user;
    }
}
