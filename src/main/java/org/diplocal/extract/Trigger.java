package org.diplocal.extract;

/**
 * An event word at tokens {@code from..to}: its kind (visit, trip, travel, meeting, summit, attend,
 * host, ceremony, call, conference) and grammatical form (base, present, ing, past, noun); for a
 * named meeting ("Shangri-La Dialogue (SLD)") its name and acronym. {@code stopsOnly}: the word only names the stops
 * of a journey ("a tour that will take him to X, Y and Z"), an engagement of its own only where each stop has its
 * own days (the fourth column of triggers.tsv says "stops").
 */
record Trigger(int from, int to, String kind, String form, int nameFrom, String name, String acronym,
               boolean stopsOnly) implements TokenSpan {
    boolean past() {
        return form.equals("past");
    }

    /** A summit, a meeting or a conference: an event several attend, which a general word may name. */
    boolean gathering() {
        return kind.equals("summit") || kind.equals("meeting") || kind.equals("conference");
    }

    /** A visit, a trip or a journey: an event word of going somewhere. */
    boolean journey() {
        return kind.equals("visit") || kind.equals("trip") || kind.equals("travel");
    }

    boolean named() {
        return name != null;
    }
}
