package org.diplocal.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The search box's matching: every word of the query must occur in the text, ignoring case and
 * accents, so "seoul" finds "Séoul" and "lee jae" finds "Lee Jae Myung". The script does the same.
 */
final class Search {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    static final int MAX_QUERY = 200;

    private Search() {
    }

    /** The text a query is matched against, as also written into {@code data-search} for the script. */
    static String text(String... parts) {
        return fold(Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    static String fold(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int k = UNDECOMPOSED.indexOf(c);
            out.append(k >= 0 ? PLAIN[k] : c == '-' ? " " : String.valueOf(c));
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** Latin letters that NFD leaves whole, and how a person types them without accents ("Đặng" → "dang"). */
    private static final String UNDECOMPOSED = "đħłøœæßıþŀ";
    private static final String[] PLAIN = {"d", "h", "l", "o", "oe", "ae", "ss", "i", "th", "l"};

    /** The query as typed, trimmed and cut to a sane length; empty when there is none. */
    static String clean(String q) {
        if (q == null) {
            return "";
        }
        String s = q.strip();
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }

    static boolean matches(String query, String searchText) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String word : fold(query).split(" ")) {
            if (!word.isEmpty() && !searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
