package org.floorwatch.views.rights;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a site gives by login ({@code roles.operator}, {@code roles.engineer} in the config file). Logins are
 * compared ignoring letter case (Windows does). A login named as both is an engineer. A site that names no one at all
 * keeps a single-user install working: everyone is an engineer.
 */
public final class Roles {

    /** No roles named: everyone may do everything. */
    public static final Roles NONE = new Roles(Set.of(), Set.of());

    private final Set<String> operators;
    private final Set<String> engineers;

    public Roles(Set<String> operators, Set<String> engineers) {
        this.operators = folded(operators);
        this.engineers = folded(engineers);
    }

    /** Whether any role is named; without any, everyone is an engineer. */
    public boolean named() {
        return !operators.isEmpty() || !engineers.isEmpty();
    }

    /** The rights of {@code login}. */
    public Rights of(String login) {
        if (!named()) {
            return Rights.everything(login);
        }
        String key = login.toLowerCase(Locale.ROOT);
        Role role = engineers.contains(key) ? Role.ENGINEER : operators.contains(key) ? Role.OPERATOR : Role.READ_ONLY;
        return new Rights(login, role);
    }

    private static Set<String> folded(Set<String> logins) {
        return logins.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
