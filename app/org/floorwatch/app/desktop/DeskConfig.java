package org.floorwatch.app.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorwatch.app.desktop.GuiConfig.InvalidConfigException;
import org.floorwatch.views.main.Screen;
import org.floorwatch.views.rights.Rights;
import org.floorwatch.views.rights.Roles;

/**
 * Who sits at this desk and what they may do, and what the desk shows as a wall display: the computer's login, the
 * roles the config names by login ({@code roles.operator}, {@code roles.engineer}: comma-separated), and the
 * screens a wall display cycles through ({@code kiosk.screens}, default {@code floor,alarms}) every
 * {@code kiosk.cycle.seconds} (default 30).
 *
 * @param login the user logged in to the computer, whose role counts
 */
public record DeskConfig(String login, Roles roles, List<Screen> wallScreens, Duration wallCycle) {

    static final Set<String> KEYS = Set.of("roles.operator", "roles.engineer", "kiosk.screens", "kiosk.cycle.seconds");
    static final List<Screen> DEFAULT_WALL_SCREENS = List.of(Screen.FLOOR, Screen.ALARMS);
    static final Duration DEFAULT_WALL_CYCLE = Duration.ofSeconds(30);

    public DeskConfig {
        wallScreens = List.copyOf(wallScreens);
    }

    /** A desk with no roles named (everyone may do everything) and the default wall display. */
    public static DeskConfig of(String login) {
        return new DeskConfig(login, Roles.NONE, DEFAULT_WALL_SCREENS, DEFAULT_WALL_CYCLE);
    }

    /** The rights at this desk: the login's role, or nothing but showing on a wall display. */
    public Rights rights(boolean wall) {
        return wall ? Rights.wallDisplay(login) : roles.of(login);
    }

    static DeskConfig parse(Properties values, Path file, String login) {
        Roles roles = new Roles(logins(values, "roles.operator"), logins(values, "roles.engineer"));
        return new DeskConfig(login, roles, screens(values, file), cycle(values, file));
    }

    /** What the command line and the config call a screen: {@code floor}, {@code shift-log}. */
    static String word(Screen screen) {
        return screen.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Set<String> logins(Properties values, String key) {
        String value = values.getProperty(key, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static List<Screen> screens(Properties values, Path file) {
        String value = values.getProperty("kiosk.screens", "");
        if (value.isBlank()) {
            return DEFAULT_WALL_SCREENS;
        }
        List<Screen> screens = new ArrayList<>();
        for (String name : value.split(",")) {
            String word = name.strip().toLowerCase(Locale.ROOT);
            Screen screen = Arrays.stream(Screen.values()).filter(s -> word(s).equals(word)).findFirst()
                    .orElseThrow(() -> new InvalidConfigException("config file " + file + ": 'kiosk.screens' names "
                            + "screens among " + Arrays.stream(Screen.values()).map(DeskConfig::word).toList()
                            + ", not '" + name.strip() + "'"));
            if (!screens.contains(screen)) {
                screens.add(screen);
            }
        }
        return screens;
    }

    private static Duration cycle(Properties values, Path file) {
        String value = values.getProperty("kiosk.cycle.seconds", "");
        if (value.isBlank()) {
            return DEFAULT_WALL_CYCLE;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("config file " + file + ": 'kiosk.cycle.seconds' must be a whole number "
                    + "of seconds, at least 1, not '" + value.strip() + "'");
        }
    }
}
