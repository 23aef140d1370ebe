package org.floorwatch.ingest.database;

import java.util.regex.Pattern;

/**
 * JDBC URLs and driver messages as they may be shown: without passwords. A URL may carry one as a parameter
 * ({@code ?password=...}, {@code ;password=...}, {@code pwd}) or as {@code user:password@host}.
 */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|pwd|passwd)\\s*=)([^;&]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;?]+):[^/@;?]*@");

    private JdbcUrls() {
    }

    /** The URL with every password in it replaced by {@code ***}. */
    static String withoutPassword(String url) {
        String shown = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(shown).replaceAll("$1:***@");
    }

    /** {@code text} with the URL's passwords, and {@code password} itself, replaced by {@code ***}; one line. */
    static String scrub(String text, String url, String password) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String scrubbed = text.replace(url, withoutPassword(url));
        scrubbed = withoutPassword(scrubbed);
        if (password != null && !password.isEmpty()) {
            scrubbed = scrubbed.replace(password, "***");
        }
        return scrubbed.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("no reason given");
    }
}
