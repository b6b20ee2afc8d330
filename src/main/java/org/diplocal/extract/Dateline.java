package org.diplocal.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a report carries at its head: a "date 2025-10-28" line, an ISO date, or a
 * full dateline such as "OSLO, Oct. 28, 2025 (NTB) --" / "28 October 2025". Datelines without a
 * year ("Oct. 28") are ignored: the year cannot be known from the text.
 */
public final class Dateline {
    private static final int HEAD = 400;
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<y>(?:19|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)(?![\\d-])");
    private static final String MONTH = "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<y>(?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Azar 17, 1404 (" and "Hidar 11/2018 (": a date in the calendar of the agency's country, its Gregorian day in
     * brackets after it ("TEHRAN, Azar 17, 1404 (December 8, 2025) (IRNA) --").
     */
    private static final String LOCAL_CALENDAR_DATE = "(?:\\p{L}{3,12}\\.?\\s+\\d{1,2}\\s*[,/]\\s*\\d{4}\\s*\\(\\s*)?";

    private static final Pattern HEADER = Pattern.compile("^\\s*(?:date\\s+\\d{4}-\\d\\d-\\d\\d\\s*)?"
            + "(?:[A-Z][\\p{L} .'/-]{1,40},(?:\\s*[A-Z][\\p{L} .'-]{1,30},)?\\s*" + LOCAL_CALENDAR_DATE + "(?:\\d{1,2}\\s+)?" + MONTH
            + "(?:\\s*\\d{1,2}(?!\\d))?(?:,?\\s*\\d{4})?\\)?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:--|-|\u2014|\u2013)?)?",
            Pattern.CASE_INSENSITIVE);

    private Dateline() {
    }

    /** Where the dateline at the head of a report ends ("date 2024-05-13 Oslo, May 13"), 0 if none. */
    static int headerEnd(String text) {
        Matcher m = HEADER.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * Spans of datelines that open a paragraph near the top ("CANBERRA, April 8 (Reuters) -" after a
     * headline), as {start, end} pairs; their dates are the report's, not an event's.
     */
    static java.util.List<int[]> headerSpans(String text) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        int limit = Math.min(text.length(), 3 * HEAD);
        int lineStart = 0;
        Matcher m = HEADER.matcher(text); // one matcher, a region per line
        while (lineStart < limit) {
            int regionEnd = Math.min(text.length(), lineStart + HEAD);
            int end = blankHeaderEnd(text, lineStart, regionEnd);
            if (end < 0) {
                m.region(lineStart, regionEnd);
                end = m.lookingAt() ? m.end() : -1;
            }
            if (end > lineStart + 3 && !namesNoPlace(text, lineStart, end)) {
                spans.add(new int[] {lineStart, end});
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
        }
        return spans;
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\s*(?:on\\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?\\s*,", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    /** the most words a dateline's place has: "RIO DE JANEIRO, Brazil," */
    private static final int PLACE_WORDS = 5;

    /**
     * "SATURDAY, SEPT. 21", "On Tuesday, 10 March, X will", "Kos will be in Skopje on Monday, 26 January": a day or a
     * clause, shaped like a dateline but naming no place.
     */
    private static boolean namesNoPlace(String text, int from, int to) {
        if (WEEKDAY.matcher(text).region(from, to).lookingAt()) {
            return true;
        }
        int comma = text.indexOf(',', from);
        if (comma < 0 || comma > to) {
            return false;
        }
        String place = text.substring(from, comma).trim();
        return place.split("\\s+").length > PLACE_WORDS || WEEKDAY_WORD.matcher(place).find();
    }

    /**
     * Where {@link #HEADER} matches in {@code text[from, to)} when it can match white space only, so that most
     * lines cost no regex: past the white space, a dateline opens with "date", or with a place name, a comma and a
     * month (or a second name and comma first). -1 when the regex must decide, also whenever a non-ASCII char
     * comes up in a name.
     */
    private static int blankHeaderEnd(String text, int from, int to) {
        int p = from;
        while (p < to && isRegexSpace(text.charAt(p))) {
            p++;
        }
        if (p == to || !isAsciiLetter(text.charAt(p))) {
            return p;
        }
        if (text.regionMatches(true, p, "date", 0, 4)) {
            return -1;
        }
        // [A-Z][\p{L} .'/-]{1,40}, : the run after the first letter must stop at a comma
        int comma = nameEnd(text, p, to, 40, true);
        if (comma == -1) {
            return -1;
        }
        if (comma < 0) {
            return p;
        }
        // then a month, or (?:\s*[A-Z][\p{L} .'-]{1,30},) and a month: "OSLO, Oct. 28", "Kyiv, Ukraine, May 3"
        int q = skipSpace(text, comma + 1, to);
        if (monthAt(text, q, to) || q < to && Character.isDigit(text.charAt(q))) {
            return -1; // "OSLO, Oct. 28", "Kinshasa, 21 November 2022"
        }
        if (q < to && isAsciiLetter(text.charAt(q))) {
            if (wordThenDigit(text, q, to)) {
                return -1; // "TEHRAN, Azar 17, 1404 (December 8, 2025)": a month of another calendar
            }
            int second = nameEnd(text, q, to, 30, false);
            if (second == -1 || second >= 0 && monthAt(text, skipSpace(text, second + 1, to), to)) {
                return -1;
            }
        }
        return p;
    }

    /**
     * For a name opening with the ASCII letter at {@code p}: the comma ending a run of 1 to {@code longest} name
     * chars after it; -2 when there is none; -1 when a non-ASCII char leaves it to the regex.
     */
    private static int nameEnd(String text, int p, int to, int longest, boolean slash) {
        int j = p + 1;
        while (j < to && j - p <= longest + 1) {
            char c = text.charAt(j);
            if (c >= 0x80) {
                return -1;
            }
            if (!(isAsciiLetter(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || slash && c == '/')) {
                break;
            }
            j++;
        }
        return j < to && j - p >= 2 && j - p <= longest + 1 && text.charAt(j) == ',' ? j : -2;
    }

    /** A word of letters at {@code p}, one space, and a digit: "Azar 17". */
    private static boolean wordThenDigit(String text, int p, int to) {
        int j = p;
        while (j < to && isAsciiLetter(text.charAt(j))) {
            j++;
        }
        return j + 1 < to && text.charAt(j) == ' ' && Character.isDigit(text.charAt(j + 1));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the three letters of a month's name (any case) open {@code text[at, to)}: what {@link #MONTH} needs. */
    private static boolean monthAt(String text, int at, int to) {
        if (at + 3 > to) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (!isAsciiLetter(text.charAt(at + k))) {
                return false;
            }
        }
        char a = (char) (text.charAt(at) | 0x20); // ASCII letters: lower case
        char b = (char) (text.charAt(at + 1) | 0x20);
        char c = (char) (text.charAt(at + 2) | 0x20);
        for (int m = 0; m < MONTH_OPENINGS.length(); m += 3) {
            if (MONTH_OPENINGS.charAt(m) == a && MONTH_OPENINGS.charAt(m + 1) == b && MONTH_OPENINGS.charAt(m + 2) == c) {
                return true;
            }
        }
        return false;
    }

    private static final String MONTH_OPENINGS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** {@code \s} as a regex without UNICODE_CHARACTER_CLASS reads it */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [A-Z]} under CASE_INSENSITIVE without UNICODE_CASE */
    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(HEAD, text.length()));
        int firstLineEnd = head.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? head : head.substring(0, firstLineEnd);
        for (String scope : new String[] {firstLine, head}) {
            Optional<LocalDate> found = iso(scope).or(() -> named(scope, MONTH_DAY_YEAR)).or(() -> named(scope, DAY_MONTH_YEAR));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> iso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group("y"), Integer.parseInt(m.group("m")), m.group("d"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(String s, Pattern p) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group("y"), monthNumber(m.group("mon")), m.group("d"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase().substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
    }

    private static Optional<LocalDate> date(String y, int m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), m, Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The town or country a dateline opens with, or null: "SEOUL, May 23 (Yonhap) --", "PORT LOUIS – ",
     * "Astana /Kazinform/ -", "KARACHI:".
     */
    static PlaceMention place(java.util.List<SentenceFacts> report, Gazetteer gazetteer) {
        // among the headings a release opens with ("KINGDOM OF X / MINISTRY OF ... / MEDIA ADVISORY / Maseru, 20 April
        // 2026"), and the first sentence of prose after them
        int headings = 0;
        while (headings < report.size() && headings < MAX_HEADINGS && report.get(headings).tokens.size() < HEADING_TOKENS) {
            headings++;
        }
        int opening = Math.max(3, headings + 1);
        for (int i = 0; i < Math.min(Math.max(MAX_HEADINGS, opening), report.size()); i++) {
            SentenceFacts f = report.get(i);
            for (PlaceMention p : f.places.places()) {
                if (p.from() == 0 && p.kind() == PlaceMention.Kind.VENUE && p.country() == null && p.to() + 1 < f.tokens.size()
                        && f.tokens.is(p.to(), ",") && datedAfter(f.tokens, p.to() + 1)) {
                    PlaceMention capital = capitalsVenue(f.tokens, p, gazetteer);
                    if (capital != null) {
                        return capital; // "Prague Castle, 3 April 2025": the seat in the capital the release was given from
                    }
                }
                if (p.from() != 0 || p.to() + 1 >= f.tokens.size() || p.country() == null
                        || p.kind() != PlaceMention.Kind.CITY && p.kind() != PlaceMention.Kind.COUNTRY) {
                    continue;
                }
                boolean shouted = true;
                for (int k = p.from(); k < p.to(); k++) {
                    shouted &= f.tokens.allCaps(k) || !f.tokens.word(k);
                }
                boolean comma = f.tokens.is(p.to(), ",");
                boolean dated = comma && datedAfter(f.tokens, p.to() + 1);
                boolean agency = f.tokens.is(p.to(), "/") && f.tokens.allCaps(p.to() + 1); // "Astana /KAZINFORM/"
                boolean headed = shouted && (comma || f.tokens.is(p.to(), "(") || f.tokens.is(p.to(), ":") // "ISLAMABAD:"
                        || ClauseWords.DASHES.contains(f.tokens, p.to())) || agency;
                if (dated || headed && i < opening) { // a dated line may follow a headline of a sentence or two
                    return p;
                }
            }
            PlaceMention where = i < opening ? placeLine(f) : null;
            if (where != null) {
                return where;
            }
        }
        return null;
    }

    /** A date opens at {@code k}: "3 April 2025", "April 3", "03/04/2025". */
    private static boolean datedAfter(TokenList tokens, int k) {
        return Calendar.isCalendarWord(tokens, k) || !tokens.word(k)
                || dayOfMonth(tokens, k) && k + 1 < tokens.size() && Calendar.isCalendarWord(tokens, k + 1)
                || numericDate(tokens, k);
    }

    private static final WordSet SEATS = WordSet.of("palace", "castle", "chancellery");

    /**
     * A seat named after the capital it stands in ("Prague Castle", "Stockholm Palace"): that capital over the
     * venue's words; else null ("Georgetown University" is no seat of Guyana's government).
     */
    private static PlaceMention capitalsVenue(TokenList tokens, PlaceMention venue, Gazetteer gazetteer) {
        if (venue.to() - venue.from() < 2 || !SEATS.contains(tokens, venue.to() - 1)) {
            return null;
        }
        for (Gazetteer.Entry e : gazetteer.entries(tokens.norm(venue.from()))) {
            if (e.kind() == Gazetteer.Kind.CITY && e.city() != null && e.city().capital()) {
                return new PlaceMention(venue.from(), venue.to(), PlaceMention.Kind.CITY, e.city().shortName(), e.iso2(), e.city(), false);
            }
        }
        return null;
    }

    /**
     * A heading line that is only where the text was given: "National Palace, Mexico City" under a transcript's title;
     * its town, else null.
     */
    private static PlaceMention placeLine(SentenceFacts f) {
        int n = f.tokens.size();
        while (n > 0 && !f.tokens.word(n - 1) && !f.tokens.is(n - 1, ",")) {
            n--;
        }
        if (n < 3 || n > 8) {
            return null;
        }
        for (PlaceMention p : f.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY && p.to() == n && p.from() >= 2 && f.tokens.is(p.from() - 1, ",")) {
                for (int k = 0; k < p.from() - 1; k++) {
                    final int at = k;
                    boolean town = f.places.places().stream().anyMatch(q -> q.kind() != PlaceMention.Kind.VENUE && q.from() <= at && at < q.to());
                    if (!f.tokens.capitalised(k) || !f.tokens.word(k) || town
                            || f.places.countries().stream().anyMatch(c -> c.from() <= at && at < c.to())) {
                        return null; // a venue's name, not "Ottawa, Ontario" (a town and its province)
                    }
                }
                return p;
            }
        }
        return null;
    }

    private static final int MAX_HEADINGS = 6;
    private static final int HEADING_TOKENS = 12;

    /** "13" in "Luxembourg, 13 September 2024": a day before its month. */
    static boolean dayOfMonth(TokenList tokens, int k) {
        return tokens.length(k) <= 2 && Character.isDigit(tokens.charAt(k, 0)) && Character.isDigit(tokens.charAt(k, tokens.length(k) - 1));
    }

    /** "10.06.2024" in "Bern, 10.06.2024 -": a date in digits, with dots, slashes or dashes between day, month and year. */
    private static boolean numericDate(TokenList tokens, int k) {
        int digits = 0;
        for (int i = 0; i < tokens.length(k); i++) {
            char c = tokens.charAt(k, i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != '.' && c != '/' && c != '-') {
                return false;
            }
        }
        return digits >= 6 && digits < tokens.length(k);
    }

}
