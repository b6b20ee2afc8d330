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
        int lastMet = -1;
        for (PersonMention m : f.persons) {
            if (m.from() > c.trigger.from() && c.objects.contains(m.person())) {
                lastMet = Math.max(lastMet, m.to());
            }
        }
        separate |= lastMet > 0 && lastMet < f.tokens.size() && f.tokens.is(lastMet, "separately"); // "will see X and Y separately"
        separate |= withEachInTurn(f, c);
        if (!separate && (f.tokens.is(c.trigger.to() - 1, "meetings") || f.tokens.is(c.trigger.from(), "summits"))) {
            // "meetings with Salvadoran President X, Costa Rican President Y and ...": one with each country's leader; "summits with X and Y"
            Set<String> countries = new HashSet<>();
            separate = c.objects.stream().allMatch(p -> p.country != null && countries.add(p.country));
        }
        if (!separate) {
            return more;
        }
        return oneEach(c, m -> m.objects, m -> m.subjects);
    }

    /** "talks with the Chairperson of the Commission, X, and with the Minister of Foreign Affairs, Y": "with" told again. */
    private static boolean withEachInTurn(SentenceFacts f, Candidate c) {
        for (int k = c.trigger.to(); k + 1 < f.tokens.size(); k++) {
            if (f.tokens.is(k, "and") && f.tokens.is(k + 1, "with") && metBetween(f, c, c.trigger.to(), k)
                    && metBetween(f, c, k + 2, f.tokens.size())) {
                return true;
            }
        }
        return false;
    }

    private static boolean metBetween(SentenceFacts f, Candidate c, int from, int to) {
        for (PersonMention m : f.persons) {
            if (m.from() >= from && m.to() <= to && c.objects.contains(m.person())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code c} keeps the first person of its {@code split} side; each other one gets a meeting of its own from the same
     * event word, with the {@code shared} side's people, and every meeting is held apart from the others' people.
     */
    private static List<Candidate> oneEach(Candidate c, Function<Candidate, Set<Person>> split,
                                           Function<Candidate, Set<Person>> shared) {
        List<Person> each = new ArrayList<>(split.apply(c));
        split.apply(c).retainAll(List.of(each.get(0)));
        List<Candidate> more = new ArrayList<>();
        for (Person p : each.subList(1, each.size())) {
            Candidate other = c.sibling();
            split.apply(other).add(p);
            shared.apply(other).addAll(shared.apply(c));
            more.add(other);
        }
        apartFromEachOther(c, more, each, split);
        return more;
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
        return oneEach(c, m -> m.subjects, m -> m.objects);
    }
}
