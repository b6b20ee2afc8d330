package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases looked up by the normalised key of a token n-gram, longest first: one hash probe per
 * n-gram length, never a regular expression per entry.
 */
final class PhraseTable<V> {
    record Match<V>(int from, int to, V value) {
    }

    private final Map<String, List<V>> table = new HashMap<>();
    /** the phrases as a trie on normalised words: a lookup walks the tokens' own norms, no key is built */
    private final WordMap<Node<V>> roots = new WordMap<>();
    private int longest = 1;
    /** {@link #roots} by vocabulary id, built on the first lookup after a change */
    private volatile Node<V>[] rootsById;

    /** The phrases that go on with one more word; {@code values} of the phrase ending here, or null. */
    private static final class Node<V> {
        WordMap<Node<V>> next;
        List<V> values;
    }

    void put(String phrase, V value) {
        String key = Tokenizer.key(phrase);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        List<V> values = table.computeIfAbsent(key, k -> new ArrayList<>(1));
        values.add(value);
        String[] words = key.split(" ", -1);
        longest = Math.max(longest, words.length);
        Node<V> node = child(roots, words[0]);
        for (int i = 1; i < words.length; i++) {
            if (node.next == null) {
                node.next = new WordMap<>();
            }
            node = child(node.next, words[i]);
        }
        node.values = values;
        rootsById = null;
    }

    /** The root node of the token's word, or null. */
    private Node<V> root(Token t) {
        Node<V>[] byId = rootsById;
        if (byId == null) {
            byId = indexRoots();
            rootsById = byId;
        }
        int id = t.id();
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    @SuppressWarnings("unchecked")
    private Node<V>[] indexRoots() {
        List<String> words = new ArrayList<>();
        roots.forEachKey(words::add);
        int[] ids = Vocabulary.addAll(words);
        Node<V>[] byId = (Node<V>[]) new Node<?>[java.util.Arrays.stream(ids).max().orElse(-1) + 1];
        for (int k = 0; k < ids.length; k++) {
            byId[ids[k]] = roots.get(words.get(k));
        }
        return byId;
    }

    private static <V> Node<V> child(WordMap<Node<V>> nodes, String word) {
        Node<V> node = nodes.get(word);
        if (node == null) {
            node = new Node<>();
            nodes.put(word, node);
        }
        return node;
    }

    /** All values stored for the longest phrase starting at {@code at}, or null. */
    Match<List<V>> longestAll(List<Token> tokens, int at) {
        Node<V> node = root(tokens.get(at));
        if (node == null) {
            return null;
        }
        int to = node.values != null ? at + 1 : -1;
        List<V> found = node.values;
        for (int j = at + 1; node.next != null && j < tokens.size(); j++) {
            Token t = tokens.get(j);
            node = node.next.get(t);
            if (node == null) {
                if (t.normHasSpace()) { // trie words have none: a norm with a space ("\u00a8"), joined keys decide
                    return longestByKey(tokens, at);
                }
                break;
            }
            if (node.values != null) {
                to = j + 1;
                found = node.values;
            }
        }
        return to < 0 ? null : new Match<>(at, to, found);
    }

    /** The lookup by joined key, as the trie stands for: longest first, one probe per length. */
    private Match<List<V>> longestByKey(List<Token> tokens, int at) {
        int max = Math.min(longest, tokens.size() - at);
        for (int n = max; n >= 1; n--) {
            List<V> found = table.get(key(tokens, at, at + n));
            if (found != null) {
                return new Match<>(at, at + n, found);
            }
        }
        return null;
    }

    Match<V> longest(List<Token> tokens, int at) {
        Match<List<V>> m = longestAll(tokens, at);
        return m == null ? null : new Match<>(m.from(), m.to(), m.value().get(0));
    }

    boolean contains(String phrase) {
        return table.containsKey(Tokenizer.key(phrase));
    }

    static String key(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).norm();
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).norm());
        }
        return b.toString();
    }

    /** Rows of a two-or-more column data file, first column the phrase. */
    static PhraseTable<String[]> load(String resource) {
        PhraseTable<String[]> t = new PhraseTable<>();
        for (String[] row : DataFiles.rows(resource)) {
            t.put(row[0], row);
        }
        return t;
    }
}
