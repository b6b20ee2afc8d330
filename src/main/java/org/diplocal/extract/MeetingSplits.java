package org.diplocal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One meeting told for several people, split into one meeting each: "separate meetings with X and Y", "talks with X
 * and Y respectively", "Premier X and Chairman Y will meet with her respectively". The candidate told keeps the first;
 * each of the others is a new engagement, held apart from the rest.
 */
final class MeetingSplits {
    private static final WordSet SEPARATE = WordSet.of("separate", "separately", "individual", "respective",
            "respectively");

    private MeetingSplits() {
    }

    /** "will hold separate bilateral meetings with X and Y": one meeting with each; {@code c} keeps the first. */
    static List<Candidate> withEachCounterpart(SentenceFacts f, Candidate c) {
        List<Candidate> more = new ArrayList<>();
        if (!c.family().equals("meeting") || c.objects.size() < 2) {
            return more;
        }
        boolean separate = c.eachApart;
        for (int k = Math.max(0, c.trigger.from() - 3); k <= Math.min(f.tokens.size() - 1, c.trigger.to()); k++) {
            separate |= SEPARATE.contains(f.tokens, k);
        }
        for (int k = c.trigger.to(); k < f.tokens.size() && !separate; k++) {
            separate = f.tokens.is(k, "respectively"); // "talks with President X and President Y respectively"
        }
        if (!separate && (f.tokens.is(c.trigger.to() - 1, "meetings") || f.tokens.is(c.trigger.from(), "summits"))) {
            // "meetings with Salvadoran President X, Costa Rican President Y and ...": one with each country's leader; "summits with X and Y"
            Set<String> countries = new HashSet<>();
            separate = c.objects.stream().allMatch(p -> p.country != null && countries.add(p.country));
        }
        if (!separate) {
            return more;
        }
        List<Person> each = new ArrayList<>(c.objects);
        c.objects.retainAll(List.of(each.get(0)));
        for (Person p : each.subList(1, each.size())) {
            Candidate other = sibling(f, c);
            other.objects.add(p);
            more.add(other);
        }
        apartFromEachOther(c, more, each, m -> m.objects);
        return more;
    }

    /** A new meeting from the same event word, with what {@code c} was told so far but none of its people or date. */
    private static Candidate sibling(SentenceFacts f, Candidate c) {
        Candidate other = new Candidate(f, c.trigger);
        other.kind = c.kind;
        other.loc = c.loc;
        other.virtual = c.virtual;
        other.status = c.status;
        other.days = c.days;
        other.what = c.what;
        other.topics.addAll(c.topics);
        return other;
    }

    /** Each of the meetings split from {@code c} is held apart from those of {@code each} it does not hold. */
    private static void apartFromEachOther(Candidate c, List<Candidate> more, List<Person> each,
                                           Function<Candidate, Set<Person>> side) {
        List<Candidate> all = new ArrayList<>(more);
        all.add(c);
        for (Candidate m : all) {
            for (Person p : each) {
                if (!side.apply(m).contains(p)) {
                    m.apartFrom.add(p);
                }
            }
        }
    }

    /**
     * "Premier X and Chairman Y will meet with her respectively": one meeting of each with her. {@code c} keeps the
     * first; each later one is a new engagement.
     */
    static List<Candidate> ofEachSubject(SentenceFacts f, Candidate c) {
        List<Candidate> more = new ArrayList<>();
        if (!c.family().equals("meeting") || c.objects.size() != 1 || c.subjects.size() < 2
                || !f.tokens.containsBetween(c.trigger.to(), f.tokens.size(), "respectively")
                && !f.tokens.containsBetween(c.trigger.to(), f.tokens.size(), "separately")) {
            return more;
        }
        List<Person> each = new ArrayList<>(c.subjects);
        c.subjects.retainAll(List.of(each.get(0)));
        for (Person p : each.subList(1, each.size())) {
            Candidate other = sibling(f, c);
            other.subjects.add(p);
            other.objects.addAll(c.objects);
            more.add(other);
        }
        apartFromEachOther(c, more, each, m -> m.subjects);
        return more;
    }
}
