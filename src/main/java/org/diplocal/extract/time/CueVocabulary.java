package org.diplocal.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words {@link TenseCue} looks for, each with an id and the cue lists it is on, looked up straight from the
 * text (lower-casing on the fly) so that reading the words around a mention allocates nothing. Two-word cues
 * ("plans to") are pairs of ids.
 */
final class CueVocabulary {

    static final int FUTURE = 1;
    static final int FUTURE_OR_TODAY = 2;
    static final int PAST = 4;
    static final int INFINITIVE_STOP = 8;
    /** an "-ed" word that is mostly an adjective ("related meetings"), no past cue */
    static final int ADJECTIVE = 16;
    /** a reporting verb ("said", "announced"): with "that" after it, the tense of what is reported decides */
    static final int SPEECH = 32;

    /** Lower-case word to id; also the way in for words with non-ASCII letters, lower-cased by {@link String}. */
    private final Map<String, Integer> ids = new HashMap<>();
    private byte[] roles = new byte[64];
    private final long[] futurePairs;
    private final WordShapes shapes = new WordShapes();
    private final char[][] keys;
    private final int[] slotIds;
    private final int mask;

    CueVocabulary(List<String> future, List<String> futureOrToday, List<String> past, List<String> infinitiveStop,
                  List<String> adjectives, List<String> speech, List<String> plainWords) {
        List<String[]> pairs = new ArrayList<>();
        for (String cue : future) {
            String[] words = normal(cue).split(" ");
            if (words.length == 2) {
                pairs.add(new String[] {words[0], words[1]});
            }
        }
        add(future, FUTURE);
        add(futureOrToday, FUTURE_OR_TODAY);
        add(past, PAST);
        add(infinitiveStop, INFINITIVE_STOP);
        add(adjectives, ADJECTIVE);
        add(speech, SPEECH);
        for (String[] pair : pairs) {
            register(pair[0]);
            register(pair[1]);
        }
        plainWords.forEach(this::register);
        int n = ids.size();
        futurePairs = new long[n * n / 64 + 1];
        for (String[] pair : pairs) {
            int bit = ids.get(pair[0]) * n + ids.get(pair[1]);
            futurePairs[bit >>> 6] |= 1L << bit;
        }
        int cap = Integer.highestOneBit(Math.max(16, n * 4) - 1) << 1;
        keys = new char[cap][];
        slotIds = new int[cap];
        mask = cap - 1;
        ids.forEach((word, id) -> {
            if (ascii(word)) {
                char[] k = word.toCharArray();
                shapes.add(k);
                int slot = hash(k, 0, k.length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                slotIds[slot] = id;
            }
        });
    }

    /** The id of a lower-case word, or -1. */
    int id(String lowerCase) {
        Integer id = ids.get(lowerCase);
        return id == null ? -1 : id;
    }

    /** The id of {@code text[start, end)}, an ASCII word, lower-cased; or -1. */
    int idOfAscii(char[] text, int start, int end) {
        if (!shapes.has(WordShapes.of(text, start, end))) {
            return -1;
        }
        int slot = hash(text, start, end) & mask;
        int len = end - start;
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (k.length == len && same(k, text, start)) {
                return slotIds[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether the word with this id (-1: not a cue word) is on the list {@code role}. */
    boolean is(int id, int role) {
        return id >= 0 && (roles[id] & role) != 0;
    }

    /** Whether "first second" is a future cue. */
    boolean futurePair(int first, int second) {
        if (first < 0 || second < 0) {
            return false;
        }
        int bit = first * ids.size() + second;
        return (futurePairs[bit >>> 6] & (1L << bit)) != 0;
    }

    private void add(List<String> cues, int role) {
        for (String cue : cues) {
            String w = normal(cue);
            if (w.indexOf(' ') < 0) {
                int id = register(w);
                roles[id] |= (byte) role;
            }
        }
    }

    /** Registers a word, returning its id. */
    private int register(String lowerCase) {
        Integer id = ids.get(lowerCase);
        if (id == null) {
            id = ids.size();
            ids.put(lowerCase, id);
            if (id == roles.length) {
                roles = Arrays.copyOf(roles, id * 2);
            }
        }
        return id;
    }

    private static String normal(String cue) {
        return cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(char[] key, char[] text, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text[i]);
        }
        return h ^ (h >>> 16);
    }
}
