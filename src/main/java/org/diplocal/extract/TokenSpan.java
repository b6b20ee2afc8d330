package org.diplocal.extract;

import java.util.List;

/** A run of tokens, {@code from} inclusive, {@code to} exclusive: what the finders mark in a sentence. */
interface TokenSpan {

    int from();

    int to();

    /** Whether token {@code i} lies inside any of the spans. */
    static boolean covers(List<? extends TokenSpan> spans, int i) {
        for (TokenSpan s : spans) {
            if (i >= s.from() && i < s.to()) {
                return true;
            }
        }
        return false;
    }
}
