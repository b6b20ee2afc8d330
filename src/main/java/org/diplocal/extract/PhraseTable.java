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
    /** {@link #roots} numbered and laid flat, built on the first lookup after a change */
    private volatile Index<V> index;

    /** The phrases that go on with one more word; {@code values} of the phrase ending here, or null. */
    private static final class Node<V> {
        /** the next words, as loaded */
        WordMap<Node<V>> next;
        List<V> values;
    }

    /**
     * The trie by vocabulary id, its nodes numbered and their children in a few int arrays, so that a walk reads each
     * token's id, never hashes its word again, and touches a handful of arrays instead of an object per node.
     */
    private static final class Index<V> {
        /** by vocabulary id: the node of the phrases opening with that word, or -1 */
        final int[] rootByWord;
        /** node n's children are {@code childWords/childNodes[childStart[n] .. childStart[n + 1])}, words ascending */
        final int[] childStart;
        final int[] childWords;
        final int[] childNodes;
        /** by node: the values of the phrase ending there, or null */
        final List<V>[] values;

        Index(int[] rootByWord, int[] childStart, int[] childWords, int[] childNodes, List<V>[] values) {
            this.rootByWord = rootByWord;
            this.childStart = childStart;
            this.childWords = childWords;
            this.childNodes = childNodes;
            this.values = values;
        }

        /** The root node of the token's word, or -1. */
        int root(int word) {
            return word >= 0 && word < rootByWord.length ? rootByWord[word] : -1;
        }

        /**
         * The child of a node for a word, or -1: mostly a handful of children, but dozens after "minister of" (every
         * portfolio), so a binary search.
         */
        int child(int node, int word) {
            int k = Arrays.binarySearch(childWords, childStart[node], childStart[node + 1], word);
            return k >= 0 ? childNodes[k] : -1;
        }

        boolean hasChildren(int node) {
            return childStart[node + 1] > childStart[node];
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
        index = null;
    }

    private Index<V> index() {
        Index<V> ix = index;
        return ix != null ? ix : indexOnce();
    }

    /** Whether token {@code at} alone is a phrase of the table. */
    boolean isPhrase(TokenList tokens, int at) {
        Index<V> ix = index();
        int node = ix.root(tokens.id(at));
        return node >= 0 && ix.values[node] != null;
    }

    /** Builds the index once, as the first lookups may come together from a server's first requests. */
    private synchronized Index<V> indexOnce() {
        Index<V> ix = index;
        if (ix == null) {
            ix = build();
            index = ix;
        }
        return ix;
    }

    /** Numbers every word of the trie in the vocabulary and lays the nodes out flat, breadth first. */
    @SuppressWarnings("unchecked")
    private Index<V> build() {
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
        int[] rootByWord = new int[rootWords.stream().mapToInt(idOf::get).max().orElse(-1) + 1];
        Arrays.fill(rootByWord, -1);
        List<Node<V>> nodes = new ArrayList<>();
        for (String w : rootWords) {
            rootByWord[idOf.get(w)] = nodes.size();
            nodes.add(roots.get(w));
        }
        List<List<String>> childrenOf = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) { // the list grows by every node's children, in order
            Node<V> node = nodes.get(n);
            List<String> next = new ArrayList<>();
            if (node.next != null) {
                node.next.forEachKey(next::add);
            }
            next.sort(java.util.Comparator.comparingInt(idOf::get));
            childrenOf.add(next);
            for (String w : next) {
                nodes.add(node.next.get(w));
            }
        }
        int[] childStart = new int[nodes.size() + 1];
        int[] childWords = new int[nodes.size() - rootWords.size()];
        int[] childNodes = new int[childWords.length];
        int edge = 0;
        for (int n = 0; n < nodes.size(); n++) {
            childStart[n] = edge;
            for (String w : childrenOf.get(n)) {
                childWords[edge] = idOf.get(w);
                childNodes[edge] = rootWords.size() + edge; // numbered in the order the children were listed
                edge++;
            }
        }
        childStart[nodes.size()] = edge;
        List<V>[] values = (List<V>[]) new List<?>[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            values[n] = nodes.get(n).values;
        }
        return new Index<>(rootByWord, childStart, childWords, childNodes, values);
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
        Index<V> ix = index();
        long found = find(ix, tokens, at);
        if (found == BY_KEY) {
            return longestByKey(tokens, at);
        }
        return found < 0 ? null : new Match<>(at, (int) (found >>> 32), ix.values[(int) found]);
    }

    /** The longest phrase starting at {@code at}, as {@link #walk} tells it; -1 when no phrase starts with that word. */
    private static <V> long find(Index<V> ix, TokenList tokens, int at) {
        int node = ix.root(tokens.id(at));
        return node < 0 ? -1 : walk(ix, tokens, at, node);
    }

    /** {@link #walk}'s answer when a token's norm holds a space: trie words have none */
    private static final long BY_KEY = -2;

    /**
     * Walks the trie from the root node of token {@code at}: the longest phrase as its end and node,
     * {@code (long) to << 32 | node}, -1 for none, or {@link #BY_KEY}. No object is made, so that {@link #longest}
     * makes one match, not two.
     */
    private static <V> long walk(Index<V> ix, TokenList tokens, int at, int node) {
        int best = ix.values[node] != null ? node : -1;
        int to = best >= 0 ? at + 1 : -1;
        for (int j = at + 1; ix.hasChildren(node) && j < tokens.size(); j++) {
            node = ix.child(node, tokens.id(j));
            if (node < 0) {
                if (tokens.normHasSpace(j)) { // a norm with a space ("\u00a8"): joined keys decide
                    return BY_KEY;
                }
                break;
            }
            if (ix.values[node] != null) {
                to = j + 1;
                best = node;
            }
        }
        return to < 0 ? -1 : (long) to << 32 | best;
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
        Index<V> ix = index();
        long found = find(ix, tokens, at);
        if (found == BY_KEY) {
            Match<List<V>> m = longestByKey(tokens, at);
            return m == null ? null : new Match<>(m.from(), m.to(), m.value().get(0));
        }
        return found < 0 ? null : new Match<>(at, (int) (found >>> 32), ix.values[(int) found].get(0));
    }

    /** A table of the plurals of the phrases ending in one of {@code heads}: "foreign minister" gives "foreign ministers". */
    synchronized PhraseTable<V> plurals(Set<String> heads) {
        PhraseTable<V> out = new PhraseTable<>();
        table.forEach((key, values) -> {
            int space = key.indexOf(' ');
            if (heads.contains(key.substring(key.lastIndexOf(' ') + 1))) {
                out.put(key + "s", values.get(0));
            } else if (space > 0 && heads.contains(key.substring(0, space))
                    && (key.startsWith(" of ", space) || key.startsWith(" for ", space))) {
                out.put(key.substring(0, space) + "s" + key.substring(space), values.get(0)); // "ministers of foreign affairs"
            }
        });
        return out;
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
