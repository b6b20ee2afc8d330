package org.diplocal.feed;

/**
 * Cleans text before it reaches iCal4j: iCal4j escapes commas, semicolons, backslashes and line
 * feeds, but writes a bare CR and other control characters raw, which would break the feed.
 */
final class CalendarText {

    private CalendarText() {
    }

    /** One line: every control character, CR and LF included, becomes a space. */
    static String line(String text) {
        return clean(text, false);
    }

    /** Several lines: LF is kept (iCal4j writes it as \n), CRLF and CR become LF, other controls a space. */
    static String lines(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLineFeeds) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append(keepLineFeeds ? '\n' : ' ');
            } else if (c == '\n') {
                out.append(keepLineFeeds ? '\n' : ' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return keepLineFeeds ? out.toString().strip() : out.toString().replaceAll(" {2,}", " ").strip();
    }
}
