package org.diplocal.extract;

import java.util.List;
import java.util.RandomAccess;

/** A run of tokens, {@code from} inclusive, {@code to} exclusive: what the finders mark in a sentence. */
interface TokenSpan {

    int from();

    int to();

    /** Whether token {@code i} lies inside any of the spans. */
    static boolean covers(List<? extends TokenSpan> spans, int i) {
        if (!(spans instanceof RandomAccess)) {
            for (TokenSpan s : spans) {
                if (i >= s.from() && i < s.to()) {
                    return true;
                }
            }
            return false;
        }
        // by index: asked token after token, and an iterator per call showed among the engine's allocations
        for (int k = 0, n = spans.size(); k < n; k++) {
            TokenSpan s = spans.get(k);
            if (i >= s.from() && i < s.to()) {
                return true;
            }
        }
        return false;
    }
}
