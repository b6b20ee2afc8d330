package org.diplocal.extract;

import java.util.Arrays;
import java.util.List;

/** A fixed set of normalised words, tested by a token's {@link Vocabulary} id. */
final class WordSet {
    /** indexed by vocabulary id */
    private final boolean[] members;

    private WordSet(List<String> words) {
        int[] ids = Vocabulary.addAll(words);
        members = new boolean[Arrays.stream(ids).max().orElse(-1) + 1];
        for (int id : ids) {
            members[id] = true;
        }
    }

    static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    static WordSet of(List<String> words) {
        return new WordSet(words);
    }

    boolean contains(TokenList tokens, int k) {
        int id = tokens.id(k);
        return id >= 0 && id < members.length && members[id];
    }

    /** Whether a token in {@code from..to} (exclusive) is one of these words. */
    boolean anyBetween(TokenList tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (contains(tokens, k)) {
                return true;
            }
        }
        return false;
    }
}
