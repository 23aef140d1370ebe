package org.floorwatch.localstore.audit;

import java.util.Objects;

/**
 * Who does something at a desk: the name stamped on it (the desk's {@code operator.name}, else the login) and the
 * computer login whose rights allowed it. The audit trail keeps both.
 */
public record Actor(String name, String login) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(login, "login");
    }

    /** Someone known by their login alone. */
    public static Actor of(String login) {
        return new Actor(login, login);
    }
}
