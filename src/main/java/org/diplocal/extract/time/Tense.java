package org.diplocal.extract.time;

/** Which way a mention without a year or a "next"/"last" points. */
enum Tense {
    /** Strictly after the reference date ("will meet on Friday"). */
    FUTURE,
    /** On or after it ("said it would reach the coast on Friday", in a Friday report). */
    FUTURE_OR_TODAY,
    /** On or before it ("said on Friday"). */
    PAST,
    /** No cue: the nearest occurrence, or the last one for weekdays. */
    NONE;

    boolean forward() {
        return this == FUTURE || this == FUTURE_OR_TODAY;
    }
}
