package org.diplocal.extract.time;

/** Sends a match to the resolver of its rule's kind. */
final class Resolver {

    private final CalendarResolver calendar;
    private final RelativeResolver relative;
    private final QuantityResolver quantity;
    private final TimeResolver time;

    Resolver(RuleSet data) {
        this.calendar = new CalendarResolver(data);
        this.relative = new RelativeResolver(data);
        this.quantity = new QuantityResolver(data);
        this.time = new TimeResolver(data, calendar);
    }

    /** The resolution of a match, or null when the match turns out not to be a time expression. */
    Resolved resolve(Match m, Context c) {
        return switch (m.rule().kind()) {
            case CALENDAR -> calendar.calendar(m, c);
            case WEEKDAY -> calendar.weekday(m, c);
            case DEICTIC -> relative.deictic(m, c);
            case OFFSET -> relative.offset(m, c);
            case DURATION -> quantity.duration(m, c);
            case SET -> quantity.set(m);
            case REF -> quantity.ref(m);
            case TIME -> time.time(m, c);
        };
    }
}
