package org.diplocal.extract.time;

/** Which resolver turns a rule's match into a value; named in the third column of a rule file. */
enum RuleKind {
    /** Explicit calendar dates, months, years, seasons, quarters, decades, centuries. */
    CALENDAR,
    /** Named weekdays, resolved with the tense around them. */
    WEEKDAY,
    /** today / next week / later this month / early next year / the coming days. */
    DEICTIC,
    /** three days later / two years ago / the following day. */
    OFFSET,
    /** two-day / six months / the past two years. */
    DURATION,
    /** every year / weekly. */
    SET,
    /** now / recently / the future. */
    REF,
    /** 10 a.m. / 15:00 GMT Saturday / Friday afternoon. */
    TIME
}
