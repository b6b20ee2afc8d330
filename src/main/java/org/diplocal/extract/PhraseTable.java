package org.diplocal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /**
     * {@link #roots} by vocabulary id, built on the first lookup after a change; the nodes' children are then
     * linked by id too, so that a walk reads each token's id and never hashes its word again.
     */
    private volatile Node<V>[] rootsById;

    /** The phrases that go on with one more word; {@code values} of the phrase ending here, or null. */
    private static final class Node<V> {
        /** the next words, as loaded */
        WordMap<Node<V>> next;
        /**
         * {@link #next} by vocabulary id, ids ascending: mostly a handful, but dozens after "minister of" (every
         * portfolio), so a binary search
         */
        int[] childIds;
        Node<V>[] children;
        List<V> values;

        Node<V> child(int id) {
            int k = Arrays.binarySearch(childIds, id);
            return k >= 0 ? children[k] : null;
        }
    }

    synchronized void put(String phrase, V value) {
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
    private Node<V> root(TokenList tokens, int k) {
        Node<V>[] byId = rootsById;
        if (byId == null) {
            byId = indexOnce();
        }
        int id = tokens.id(k);
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** Whether token {@code at} alone is a phrase of the table. */
    boolean isPhrase(TokenList tokens, int at) {
        Node<V> node = root(tokens, at);
        return node != null && node.values != null;
    }

    /**
     * Builds the index once: the first lookups come together from a server's first requests, and linking writes
     * the shared nodes, so no lookup may walk them before the index is whole and published.
     */
    private synchronized Node<V>[] indexOnce() {
        Node<V>[] byId = rootsById;
        if (byId == null) {
            byId = index();
            rootsById = byId;
        }
        return byId;
    }

    /** Numbers every word of the trie in the vocabulary and links the nodes by id; returns the roots by id. */
    @SuppressWarnings("unchecked")
    private Node<V>[] index() {
        Set<String> words = new LinkedHashSet<>();
        collectWords(roots, words);
        List<String> list = new ArrayList<>(words);
        int[] ids = Vocabulary.addAll(list);
        Map<String, Integer> idOf = new HashMap<>();
        for (int k = 0; k < ids.length; k++) {
            idOf.put(list.get(k), ids[k]);
        }
        List<String> rootWords = new ArrayList<>();
        roots.forEachKey(rootWords::add);
        Node<V>[] byId = (Node<V>[]) new Node<?>[rootWords.stream().mapToInt(idOf::get).max().orElse(-1) + 1];
        for (String w : rootWords) {
            Node<V> root = roots.get(w);
            link(root, idOf);
            byId[idOf.get(w)] = root;
        }
        return byId;
    }

    private static <V> void collectWords(WordMap<Node<V>> nodes, Set<String> out) {
        nodes.forEachKey(w -> {
            out.add(w);
            Node<V> node = nodes.get(w);
            if (node.next != null) {
                collectWords(node.next, out);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <V> void link(Node<V> node, Map<String, Integer> idOf) {
        if (node.next == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        node.next.forEachKey(words::add);
        words.sort(java.util.Comparator.comparingInt(idOf::get));
        node.childIds = new int[words.size()];
        node.children = (Node<V>[]) new Node<?>[words.size()];
        for (int k = 0; k < words.size(); k++) {
            node.childIds[k] = idOf.get(words.get(k));
            node.children[k] = node.next.get(words.get(k));
            link(node.children[k], idOf);
        }
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
    Match<List<V>> longestAll(TokenList tokens, int at) {
        Node<V> node = root(tokens, at);
        if (node == null) {
            return null;
        }
        int to = node.values != null ? at + 1 : -1;
        List<V> found = node.values;
        for (int j = at + 1; node.childIds != null && j < tokens.size(); j++) {
            node = node.child(tokens.id(j));
            if (node == null) {
                if (tokens.normHasSpace(j)) { // trie words have none: a norm with a space ("\u00a8"), joined keys decide
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
    private Match<List<V>> longestByKey(TokenList tokens, int at) {
        int max = Math.min(longest, tokens.size() - at);
        for (int n = max; n >= 1; n--) {
            List<V> found = table.get(key(tokens, at, at + n));
            if (found != null) {
                return new Match<>(at, at + n, found);
            }
        }
        return null;
    }

    Match<V> longest(TokenList tokens, int at) {
        Match<List<V>> m = longestAll(tokens, at);
        return m == null ? null : new Match<>(m.from(), m.to(), m.value().get(0));
    }

    boolean contains(String phrase) {
        return table.containsKey(Tokenizer.key(phrase));
    }

    static String key(TokenList tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.norm(from);
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.norm(i));
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
