package org.diplocal.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a resolver makes of a match, before it gets its offsets; {@code needsDate}: a clock time with no day of its own. */
record Resolved(TimexType type, String value, LocalDate first, LocalDate last, boolean exact, LocalTime timeOfDay,
                boolean needsDate) {

    static Resolved day(LocalDate d) {
        return new Resolved(TimexType.DATE, d.toString(), d, d, true, null, false);
    }

    static Resolved span(String value, LocalDate first, LocalDate last, boolean exact) {
        return new Resolved(TimexType.DATE, value, first, last, exact, null, false);
    }

    static Resolved vague(TimexType type, String value) {
        return new Resolved(type, value, null, null, false, null, false);
    }
}
