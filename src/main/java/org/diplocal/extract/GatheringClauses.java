package org.diplocal.extract;

/**
 * How a sentence tells of a gathering without naming who goes to it: "the summit will be preceded on Friday by a
 * joint meeting", "the leaders, who will hold their summit on Saturday", "The two-day summit opens on Tuesday".
 */
final class GatheringClauses {
    private GatheringClauses() {
    }

    /** "preceded on Friday by a joint meeting", "followed on Nov. 12 by the X Summit": the event after "by". */
    static boolean precededOnBy(SentenceFacts f, Trigger t) {
        int by = -1;
        for (int k = Math.min(t.from(), t.nameFrom()) - 1; k >= 0 && t.from() - k <= 4; k--) {
            if (f.tokens.is(k, "by")) {
                by = k;
                break;
            }
        }
        for (int k = by - 1; by > 0 && k >= 0 && by - k <= 6; k--) {
            if (f.tokens.is(k, "preceded") || f.tokens.is(k, "followed")) {
                return true;
            }
        }
        return false;
    }

    /** "hold their summit", "holds its annual meeting": where "hold" is, else -1. */
    static int heldBy(SentenceFacts f, Trigger t) {
        for (int k = Math.min(t.from(), t.nameFrom()) - 1; k >= 0 && t.from() - k <= 3; k--) {
            if (f.tokens.is(k, "hold") || f.tokens.is(k, "holds")) {
                return k;
            }
        }
        return -1;
    }

    /** "the heads of state and government, who gather", "leaders will meet": a group of officials is the subject. */
    static boolean groupGathers(SentenceFacts f, Trigger t) {
        int held = t.form().equals("noun") ? heldBy(f, t) : -1;
        int k = (held >= 0 ? held : t.from()) - 1;
        while (k >= 0 && t.from() - k <= 4 && (ClauseWords.AUXILIARIES.contains(f.tokens, k) || f.tokens.is(k, "who")
                || f.tokens.is(k, ",") || f.tokens.is(k, "to") || f.tokens.is(k, "also"))) {
            k--;
        }
        for (int m = k; m >= 0 && k - m < 6; m--) {
            if (DraftAssembler.GROUP_OBJECT.contains(f.tokens, m) && !TokenSpan.covers(f.persons, m) && !f.tokens.capitalised(m)) {
                // "leaders", "heads of state and government", "foreign ministers"; but "X and Y, the two leaders, will"
                return !(m > 0 && (f.tokens.is(m - 1, "two") || f.tokens.is(m - 1, "both")));
            }
        }
        return false;
    }

    /** "The two-day leaders' summit", "The annual meeting": a gathering the sentence is about, a few words in. */
    static boolean opensTheSentence(SentenceFacts f, Trigger t) {
        int start = Math.min(t.from(), t.nameFrom());
        return t.form().equals("noun") && t.gathering() && start <= 5 && f.tokens.is(0, "the")
                && !f.tokens.containsBetween(0, start, ",");
    }

    private static final WordSet LASTS = WordSet.of("runs", "run", "lasts", "last", "continues", "continue");

    /** "runs until", "lasts till", "continues through" at token {@code k}: the date after it is the last day. */
    private static boolean runsUntilAt(SentenceFacts f, int k) {
        return k >= 0 && k + 1 < f.tokens.size() && LASTS.contains(f.tokens, k)
                && (f.tokens.is(k + 1, "until") || f.tokens.is(k + 1, "till") || f.tokens.is(k + 1, "through"));
    }

    /**
     * "The summit runs until Thursday", "The meeting will last until Wednesday": a sentence of its own that gives the
     * last day of the gathering told last before it, of the same event word and begun before that day.
     */
    static void runsUntil(java.util.List<SentenceFacts> report, java.util.List<Candidate> events) {
        runsOnUntil(events);
        for (SentenceFacts f : report) {
            int k = f.dates.size() == 1 ? verbAfterTheEventWord(f) : -1;
            if (k < 0) {
                continue;
            }
            Trigger t = f.triggers.get(0);
            SentenceFacts.Dated d = f.dates.get(0);
            if (d.token() != k + 2 || !runsUntilAt(f, k)) {
                continue;
            }
            java.time.LocalDate last = d.mention().last();
            Candidate gathering = null;
            for (Candidate e : events) {
                if (e.trigger.kind().equals(t.kind()) && e.dated() && e.precision == Precision.DAY && e.start.isBefore(last)
                        && e.facts.sentence.index() < f.sentence.index()
                        && (gathering == null || e.facts.sentence.index() > gathering.facts.sentence.index())) {
                    gathering = e;
                }
            }
            if (gathering != null && gathering.end.isBefore(last)) {
                gathering.date(gathering.start, last, gathering.precision);
            }
        }
    }

    /**
     * "The summit runs until ...", "The visit will last ...": a sentence of its own about its one event word, a noun after
     * "the", with no one named; where the verb after it (and "will") stands, else -1.
     */
    private static int verbAfterTheEventWord(SentenceFacts f) {
        if (f.triggers.size() != 1 || !f.persons.isEmpty()) {
            return -1;
        }
        Trigger t = f.triggers.get(0);
        boolean definite = t.nameFrom() > 0 && f.tokens.is(t.nameFrom() - 1, "the") && t.form().equals("noun");
        if (!definite || f.background[t.from()]) {
            return -1;
        }
        return t.to() < f.tokens.size() && f.tokens.is(t.to(), "will") ? t.to() + 1 : t.to();
    }

    /** sentences after an arrival that "The visit will last two days" may still speak of */
    private static final int LASTS_REACH = 3;

    /**
     * "X will arrive in Bishkek tomorrow on a state visit. The visit will last two days.": a sentence of its own, of the
     * visit and no one named, that gives the days of the visit told just before it, begun on one day.
     */
    static void visitLasts(java.util.List<SentenceFacts> report, java.util.List<Candidate> events) {
        for (SentenceFacts f : report) {
            int k = f.dates.isEmpty() ? verbAfterTheEventWord(f) : -1;
            if (k < 0 || !f.triggers.get(0).kind().equals("visit")) {
                continue;
            }
            boolean lasts = k + 2 < f.tokens.size() && (f.tokens.is(k, "last") || f.tokens.is(k, "lasts"))
                    && f.tokens.is(k + 2, "days");
            int days = lasts ? Durations.number(f.tokens.norm(k + 1)) : 0;
            if (days < 2) {
                continue;
            }
            Candidate last = null; // the engagement told last before the sentence, of whatever kind
            for (Candidate e : events) {
                int before = f.sentence.index() - e.facts.sentence.index();
                if (before > 0 && before <= LASTS_REACH && (last == null || e.facts.sentence.index() >= last.facts.sentence.index())) {
                    last = e;
                }
            }
            // (not "X will visit Riga on Tuesday. On Thursday, Y will travel to Tallinn for talks with Z. The visit will last
            // two days.": the talks were told last, and "the visit" is theirs)
            Candidate visit = last != null && last.family().equals("visit") && last.dated() && last.precision == Precision.DAY ? last : null;
            if (visit != null && visit.start.equals(visit.end)) {
                visit.date(visit.start, visit.start.plusDays(days - 1L), visit.precision);
            }
        }
    }

    /**
     * "The conference opens on Monday and runs until Thursday": a gathering dated by its opening day, whose sentence
     * goes on to say it runs until a later day, lasts until that day.
     */
    private static void runsOnUntil(java.util.List<Candidate> events) {
        for (Candidate e : events) {
            if (!e.trigger.gathering() || !e.dated() || e.precision != Precision.DAY || !e.start.equals(e.end)) {
                continue;
            }
            SentenceFacts f = e.facts;
            for (SentenceFacts.Dated d : f.dates) {
                int k = d.token() - 2;
                boolean until = k > e.trigger.to() && runsUntilAt(f, k) && f.tokens.containsBetween(e.trigger.to(), k, "and");
                java.time.LocalDate last = d.mention().last();
                if (until && last != null && !last.isAfter(e.start) && d.mention().first().equals(last)
                        && Calendar.isWeekday(f.tokens, d.token())) {
                    // "opens on Monday and runs until Thursday": the Thursday after that Monday, whatever the tense
                    last = e.start.with(java.time.temporal.TemporalAdjusters.next(last.getDayOfWeek()));
                }
                if (until && d.mention().exact() && last != null && last.isAfter(e.end) && !last.isAfter(e.start.plusDays(14))) {
                    e.date(e.start, last, e.precision);
                }
            }
        }
    }
}
