package org.diplocal.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Texts meant to break the engine: random and adversarial ones for the fuzz test, and ones that grow with n for the
 * linearity test. One place, so that the dev tool dumping the engine's outputs runs exactly what the tests run.
 */
public final class AdversarialTexts {
    private static final String[] WORDS = {"visit", "will", "meet", "next", "Monday", "Nov.", "4", "March", "15-17",
            "Minister", "President", "Foreign", "Defence", "Seoul", "Warsaw", "Accra", "summit", "talks", "on", "in",
            "the", "and", ",", ".", "(", ")", "\"", "'s", "then", "since", "postponed", "2025", "10", "a.m.",
            "tomorrow", "week", "early", "mid-", "later", "this", "month", "Prime", "Secretary", "of", "State", "-",
            "—", "\u00A0", "Ōtsuka", "Đặng", "이재명", "Łódź", "Zoë", "\uD83C\uDDF0\uD83C\uDDF7"};

    /** Cheap texts, most of the fuzz rounds. */
    public static final List<Function<Random, String>> CHEAP = List.of(
            AdversarialTexts::wordSalad,
            r -> randomChars(r, 2_000, 0x10FFFF),
            r -> randomChars(r, 5_000, 0x7F),
            r -> "9".repeat(1 + r.nextInt(400)) + " March " + "9".repeat(1 + r.nextInt(400)) + " will visit Seoul",
            r -> "Minister " + "e\u0301\u0308\u0323".repeat(1 + r.nextInt(3_000)) + " will visit Oslo on Friday.",
            AdversarialTexts::controlSoup,
            r -> wordSalad(r).replace(' ', '\n'));

    /** Large adversarial texts, every {@link #HEAVY_EVERY} fuzz rounds. */
    public static final List<Function<Random, String>> HEAVY = List.of(
            r -> "x".repeat(100_000 + r.nextInt(10_000)),
            r -> ("visit ".repeat(1 + r.nextInt(5_000))),
            r -> ("(".repeat(2_000) + "Monday" + ")".repeat(2_000)),
            r -> ("President ".repeat(3_000) + "Ruto will meet Prime Minister Starmer on Monday."),
            r -> ("Nov. 4, Nov. 5 and Nov. 6 ".repeat(2_000)));
    public static final int HEAVY_EVERY = 60;

    /** Texts of size proportional to n, by what they stress. */
    public static final Map<String, IntFunction<String>> GROWING = new LinkedHashMap<>();

    static {
        GROWING.put("dates in one sentence", n -> "Nov. 4, Nov. 5 and Nov. 6 ".repeat(250 * n));
        GROWING.put("run of titles", n -> "President ".repeat(800 * n) + "Ruto will meet Prime Minister Starmer on Monday.");
        GROWING.put("event words", n -> "visit ".repeat(1_200 * n));
        GROWING.put("places", n -> "Paris ".repeat(1_000 * n));
        GROWING.put("brackets", n -> "(".repeat(1_000 * n) + "Monday" + ")".repeat(1_000 * n));
        // merging compares engagements pairwise up to DraftAssembler.MAX_CANDIDATES (500) mentions: from there on linear
        GROWING.put("engagements", n -> names(600 * n, "President %s will meet Prime Minister %s in Paris on May %d. "));
        GROWING.put("people in one sentence", n -> names(120 * n, "Minister %s %s, "));
        GROWING.put("people told again", n -> names(150 * n, "President %s %2$s. %1$s said. "));
        GROWING.put("word salad", AdversarialTexts::salad);
    }

    private AdversarialTexts() {
    }

    /** The fuzz test's text of a round, drawn from {@code random}. */
    public static String round(int round, Random random) {
        return round % HEAVY_EVERY == 0
                ? HEAVY.get(round / HEAVY_EVERY % HEAVY.size()).apply(random)
                : CHEAP.get(round % CHEAP.size()).apply(random);
    }

    private static String wordSalad(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 5 + r.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    private static String randomChars(Random r, int max, int bound) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(bound);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append((char) cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String controlSoup(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append(r.nextBoolean() ? (char) r.nextInt(0x20) : WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String names(int count, String format) {
        Random r = new Random(1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(String.format(format, name(r), name(r), 1 + i % 28));
        }
        return b.toString();
    }

    private static String name(Random r) {
        return "" + (char) ('A' + r.nextInt(26)) + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26))
                + (char) ('a' + r.nextInt(26)) + "o";
    }

    private static String salad(int n) {
        String[] words = {"visit", "will", "meet", "Monday", "Nov.", "4", "Minister", "President", "Seoul", "Warsaw", "summit",
            "talks", "on", "in", "the", "and", ",", ".", "Ruto", "Starmer", "Kenya", "Paris", "host", "trip", "to", "Xi",
            "Jinping", "leg", "tour", "Japan", "after", "arrival", "upon", "said", "May", "5"};
        Random r = new Random(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 600 * n; i++) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
        }
        return b.toString();
    }
}
