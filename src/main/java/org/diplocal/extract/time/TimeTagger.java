package org.diplocal.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Finds time expressions in text and resolves them against the publication date.
 *
 * <p>One pass tokenizes the text ({@link Tokens}); then at each token the rules whose trigger is that token (a month
 * name, a weekday, a digit, "next" ...) are tried with a pre-compiled pattern anchored there and bounded to
 * {@link #WINDOW} characters, but only when an anchor word (month, unit, "now" ...) is at hand; the longest match
 * that resolves wins and the scan goes on after it. Rules are data under
 * {@code org/diplocal/extract/time/} (see {@code index.txt}). Instances are immutable and thread-safe.
 */
public final class TimeTagger {

    static final String RULES = "org/diplocal/extract/time";
    /** No rule needs to look further than this from its trigger token. */
    private static final int WINDOW = 160;

    private static volatile TimeTagger standard;

    private final RuleSet rules;
    private final Resolver resolver;
    private final TenseCue tenseCue;
    private final java.util.Set<String> speechVerbs;
    /** Matchers are reused across calls on one thread; each is reset to a new text on first use in a call. */
    private final ThreadLocal<Matchers> matchers;

    /** Tries every rule at every token, without triggers or prefilter: slow, for tests of the prefilter. */
    private final boolean exhaustive;

    TimeTagger(RuleSet rules) {
        this(rules, false);
    }

    TimeTagger(RuleSet rules, boolean exhaustive) {
        this.rules = rules;
        this.exhaustive = exhaustive;
        this.resolver = new Resolver(rules);
        this.matchers = ThreadLocal.withInitial(() -> new Matchers(rules.rules().size()));
        this.speechVerbs = java.util.Set.copyOf(rules.list("speechVerbs"));
        this.tenseCue = new TenseCue(rules.list("tenseFuture"), rules.list("tenseFutureOrToday"), rules.list("tensePast"),
                rules.list("infinitiveStop"), rules.list("participleAdjectives"), rules.list("speechVerbs"),
                rules.list("verbPrefixes"));
    }

    /** The tagger with the rule files shipped in this package, loaded once. */
    public static TimeTagger standard() {
        TimeTagger t = standard;
        if (t == null) {
            synchronized (TimeTagger.class) {
                t = standard;
                if (t == null) {
                    t = new TimeTagger(RuleSet.load(RULES));
                    standard = t;
                }
            }
        }
        return t;
    }

    /**
     * The time expressions of {@code text} in text order, not overlapping.
     *
     * @param text      one sentence or a whole report
     * @param reference the publication date, against which relative expressions are resolved
     */
    public List<TimeMention> tag(String text, LocalDate reference) {
        Objects.requireNonNull(text, "text");
        return tag(text, text.toCharArray(), reference);
    }

    /**
     * {@link #tag(String, LocalDate)} for a caller that holds the text's chars already: {@code chars} must be
     * {@code text.toCharArray()}; they are only read.
     */
    public List<TimeMention> tag(String text, char[] chars, LocalDate reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        if (chars.length != text.length()) {
            throw new IllegalArgumentException("chars are not the text's");
        }
        Context ctx = new Context(text, chars, reference, tenseCue);
        Matchers matchers = this.matchers.get().on(text);
        List<TimeMention> out = new ArrayList<>();
        List<Resolved> resolutions = new ArrayList<>();
        Tokens tokens = Tokens.of(chars, rules, exhaustive);
        int covered = 0;
        for (int k = 0; k < tokens.size(); k++) {
            int start = tokens.start(k);
            if (exhaustive) {
                if (start >= covered) {
                    int end = tryAt(text, -1, start, rules.rules().toArray(Rule[]::new), matchers, ctx, out, resolutions);
                    covered = Math.max(covered, end);
                }
                continue;
            }
            if (start < covered || !tokens.worthTrying(text, k)) {
                continue;
            }
            int lead = tokens.leadStart(text, k);
            lead = lead >= covered ? lead : -1;
            Rule[] rules = tokens.rules(k);
            if (lead >= 0 && tokens.afterLead(k) != null) {
                rules = concat(rules, tokens.afterLead(k));
            }
            int anchor = tokens.anchorAhead(k);
            if (anchor >= 0 && rules != null) {
                rules = mayReach(rules, tokens, anchor, chars);
            }
            int end = tryAt(text, lead, start, rules, matchers, ctx, out, resolutions);
            if (end > start) {
                covered = end;
            }
        }
        return attachTimes(chars, out, resolutions);
    }

    /**
     * Tries the candidates at {@code start}, or first from the lead word at {@code lead} when there is one
     * ("the" before "first quarter"); the longest match that resolves is added and its end returned, else -1.
     */
    private int tryAt(String text, int lead, int start, Rule[] candidates, Matchers matchers, Context ctx,
                      List<TimeMention> out, List<Resolved> resolutions) {
        int limit = paragraphEnd(text, start, Math.min(text.length(), start + WINDOW));
        Match[] found = new Match[candidates.length];
        int count = 0;
        for (Rule rule : candidates) {
            Matcher m = matchers.of(rule);
            boolean matched = false;
            if (lead >= 0) {
                m.region(lead, limit);
                matched = m.lookingAt() && m.end() > start;
            }
            if (!matched) {
                m.region(start, limit);
                matched = m.lookingAt();
            }
            if (matched) {
                found[count++] = new Match(rule, m);
            }
        }
        while (count > 0) {
            int best = 0;
            for (int k = 1; k < count; k++) {
                if (found[k].end() > found[best].end()
                        || found[k].end() == found[best].end() && found[k].start() < found[best].start()) {
                    best = k;
                }
            }
            Match m = found[best];
            ctx.at(m.start(), m.end());
            Resolved r = resolver.resolve(m, ctx);
            if (r != null) {
                int end = trimmedEnd(text, m.start(), m.end());
                if (r.exact() && r.first() != null && !r.needsDate() && !saidOn(text, m.start())) {
                    ctx.fixed(r.first(), r.last());
                }
                out.add(new TimeMention(m.start(), end, text.substring(m.start(), end), r.type(), r.value(),
                        r.first(), r.last(), r.exact(), r.timeOfDay()));
                resolutions.add(r);
                return end;
            }
            found[best] = found[--count];
        }
        return -1;
    }

    /** "announced on Monday", "said Tuesday": the day something was said, at {@code start}. */
    private boolean saidOn(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("on")) {
            return saidOn(text, from);
        }
        return speechVerbs.contains(word);
    }

    /** Where a blank line after {@code from} ends its paragraph, else {@code limit}: "6 p.m." is no part of a heading below it. */
    private static int paragraphEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < limit && text.charAt(j) != '\n' && Sentences.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j < limit && text.charAt(j) == '\n') {
                    return i;
                }
            }
        }
        return limit;
    }

    /** The rules that can match the anchor word of token {@code anchor}. */
    private static Rule[] mayReach(Rule[] rules, Tokens tokens, int anchor, char[] chars) {
        int from = tokens.start(anchor);
        int to = tokens.end(anchor);
        // the table's answer is for the word's ASCII lower case; a word beyond ASCII is lower-cased as a String
        boolean[] reachable = ascii(chars, from, to) ? tokens.reachable(anchor) : null;
        String word = reachable == null ? new String(chars, from, to - from).toLowerCase(Locale.ROOT) : null;
        Rule[] out = new Rule[rules.length];
        int n = 0;
        for (Rule r : rules) {
            if (reachable != null ? reachable[r.index()] : r.mayContain(word)) {
                out[n++] = r;
            }
        }
        return n == rules.length ? rules : Arrays.copyOf(out, n);
    }

    private static boolean ascii(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    private static Rule[] concat(Rule[] a, Rule[] b) {
        if (a == null) {
            return b;
        }
        Rule[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Drops a final period that ends the sentence rather than an abbreviation ("Nov." keeps it, "Tuesday." not). */
    private static int trimmedEnd(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '.') {
            return end;
        }
        int k = end - 2;
        while (k >= start && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end - 2 - k > 4 ? end - 1 : end;
    }

    /** One thread's matchers, one per rule, with the call (generation) each was last reset in. */
    private static final class Matchers {
        private final Matcher[] matchers;
        private final int[] generation;
        private int current;
        private String text;

        Matchers(int rules) {
            matchers = new Matcher[rules];
            generation = new int[rules];
        }

        Matchers on(String newText) {
            text = newText;
            current++;
            return this;
        }

        Matcher of(Rule rule) {
            int i = rule.index();
            Matcher m = matchers[i];
            if (m == null) {
                m = rule.pattern().matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[i] = m;
            } else if (generation[i] != current) {
                m.reset(text);
            }
            generation[i] = current;
            return m;
        }
    }

    /** A clock time without a day of its own takes the nearest fixed day of its sentence, else the reference. */
    private static List<TimeMention> attachTimes(char[] chars, List<TimeMention> out, List<Resolved> resolutions) {
        for (int k = 0; k < out.size(); k++) {
            if (!resolutions.get(k).needsDate()) {
                continue;
            }
            TimeMention t = out.get(k);
            TimeMention day = null;
            int distance = Integer.MAX_VALUE;
            for (int j = k - 1; j >= 0 && t.start() - out.get(j).end() < Sentences.REACH; j--) {
                TimeMention d = out.get(j);
                if (isDay(d, resolutions.get(j))) {
                    if (Sentences.same(chars, d.end(), t.start())) {
                        day = d;
                        distance = t.start() - d.end();
                    }
                    break;
                }
            }
            int reach = Math.min(distance, Sentences.REACH);
            for (int j = k + 1; j < out.size() && out.get(j).start() - t.end() < reach; j++) {
                TimeMention d = out.get(j);
                if (isDay(d, resolutions.get(j))) {
                    if (Sentences.same(chars, t.end() - 1, d.start())) { // the stop of "10 a.m." may end the sentence
                        day = d;
                    }
                    break;
                }
            }
            if (day == null && atLineStart(chars, t.start())) {
                day = headingDay(chars, out, resolutions, k);
            }
            if (day != null) {
                LocalDate date = day.first();
                String suffix = t.value().substring(t.value().indexOf('T'));
                out.set(k, t.onDay(date, date + suffix, true, t.timeOfDay()));
            }
        }
        return out;
    }

    /** How far back a schedule's day heading still governs the clock times listed under it. */
    private static final int HEADING_REACH = 4000;

    /**
     * "WEDNESDAY, MAY 29, 2024" on a line of its own, then "10:30 a.m. LOCAL Secretary meets ...": in a programme
     * or public schedule, a clock time opening a line is on the day of the last heading above it.
     */
    private static TimeMention headingDay(char[] chars, List<TimeMention> out, List<Resolved> resolutions, int k) {
        TimeMention t = out.get(k);
        for (int j = k - 1; j >= 0 && t.start() - out.get(j).end() < HEADING_REACH; j--) {
            TimeMention d = out.get(j);
            if (isDay(d, resolutions.get(j)) && atLineStart(chars, d.start()) && aloneToLineEnd(chars, d.end())) {
                return d;
            }
        }
        return null;
    }

    private static boolean atLineStart(char[] chars, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (chars[i] == '\n') {
                return true;
            }
            if (!Character.isWhitespace(chars[i]) && chars[i] != ',' && !Character.isLetter(chars[i])) {
                return false;
            }
            if (Character.isLetter(chars[i])) {
                return weekdayBefore(chars, i);
            }
        }
        return true;
    }

    /** "WEDNESDAY, MAY 29": a weekday alone before the date on its line still makes the line a heading. */
    private static boolean weekdayBefore(char[] chars, int last) {
        int from = last;
        while (from > 0 && Character.isLetter(chars[from - 1])) {
            from--;
        }
        String word = new String(chars, from, last - from + 1).toLowerCase(java.util.Locale.ROOT);
        if (!word.endsWith("day")) {
            return false;
        }
        for (int i = from - 1; i >= 0; i--) {
            if (chars[i] == '\n') {
                return true;
            }
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean aloneToLineEnd(char[] chars, int at) {
        for (int i = at; i < chars.length && chars[i] != '\n'; i++) {
            if (chars[i] == '\u2013' || chars[i] == '\u2014' || chars[i] == '-') {
                return placeToLineEnd(chars, i + 1); // "THURSDAY, 12 JUNE – GEORGETOWN"
            }
            if (!Character.isWhitespace(chars[i]) && chars[i] != '.' && chars[i] != ':') {
                return false;
            }
        }
        return true;
    }

    /** The rest of a heading's line after its dash: a place's name, each word capitalised, and nothing else. */
    private static boolean placeToLineEnd(char[] chars, int from) {
        boolean letters = false;
        boolean wordStart = true;
        int i = from;
        for (; i < chars.length && chars[i] != '\n' && i - from <= 40; i++) {
            char c = chars[i];
            if (Character.isWhitespace(c) || c == ',') {
                wordStart = true;
            } else if (Character.isLetter(c)) {
                if (wordStart && !Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
                wordStart = false;
            } else if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
                return false;
            }
        }
        return letters && (i >= chars.length || chars[i] == '\n');
    }

    private static boolean isDay(TimeMention m, Resolved r) {
        return m.oneDay() && !r.needsDate() && m.type() == TimexType.DATE;
    }
}
