package org.diplocal.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.diplocal.extract.time.Sentences;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimexType;

/**
 * A programme: a line that is only a date ("WEDNESDAY 21 MAY – SUVA", "Thursday 3 April 2025") heads the lines
 * under it, up to the next blank line. Each item without a date of its own ("09.00 Bilateral meeting with Prime
 * Minister X") is on the heading's day, at its clock time, in the heading's town, and is planned though told in
 * the present tense.
 */
final class Programme {
    /** a heading is a short line: a date, a place, a dash, and at most this many other words */
    private static final int OTHER_WORDS = 1;
    private static final int MAX_HEADING_TOKENS = 12;
    /** a heading spans at most a week: "Wednesday 14 - Thursday 15 August" */
    private static final int MAX_HEADING_DAYS = 6;

    private Programme() {
    }

    static void dateItems(String text, List<SentenceFacts> facts, LocalDate published) {
        SentenceFacts heading = null;
        boolean itemsUnder = false;
        int previousEnd = 0;
        SentenceFacts item = null;
        SentenceFacts previous = null;
        for (SentenceFacts f : facts) {
            SentenceFacts before = previous;
            previous = f;
            int start = f.sentence.start();
            f.timedLine = leadingClock(text, start, f.sentence.end()) != null;
            f.itemPlace = leadingPlace(f, heading != null);
            if (item != null && item.itemPlace == null && (isPlaceLine(f) || isVenueAfterTheItem(text, item, f))) {
                item.itemPlace = placeOf(f); // "11:00 - Meeting with X" / "Place: Palacio de La Moneda, Santiago"
                item = null;
                continue;
            }
            item = null;
            if (heading != null && itemsUnder && blankLineBetween(text, previousEnd, start)
                    && leadingClock(text, start, f.sentence.end()) == null) {
                heading = null; // the day's programme ends at the paragraph's end, unless the next opens with a clock time
            }
            previousEnd = f.sentence.end();
            if (isHeading(text, f)) {
                if (before != null && titleAbove(text, before, f)) {
                    before.dates.add(new SentenceFacts.Dated(0, f.dates.get(0).mention())); // "PROGRAMME OF THE STATE VISIT ... / 2-4 September 2025"
                    before.future |= f.dates.get(0).mention().first().isAfter(published);
                }
                heading = f;
                itemsUnder = false;
                continue;
            }
            itemsUnder = true;
            if (heading == null || !f.dates.isEmpty() && !onlyItsOpeningClock(text, f) && !onlyToday(f)) {
                continue;
            }
            f.dates.clear(); // "16:00 - Meeting with X": the heading's day, not the one told on the line before
            TimeMention day = heading.dates.get(0).mention();
            LocalDate last = lastDayOfTheSpan(heading);
            LocalTime clock = last.equals(day.last()) ? leadingClock(text, start, f.sentence.end()) : null;
            f.dates.add(new SentenceFacts.Dated(0, new TimeMention(day.start(), day.end(), day.text(), day.type(), day.value(),
                    day.first(), last, day.exact(), clock)));
            if (day.first().isAfter(published) || day.first().equals(published) && clock != null) {
                f.future = true; // "11.30 Meets X": a programme's present is its plan, a timed one even on the day it is published
            }
            f.headingPlace = town(heading);
            if (f.itemPlace == null) {
                f.itemPlace = trailingTown(f);
            }
            item = f;
        }
    }

    /** A line with an event and no date of its own, right above a line that is only a date: the date is its. */
    private static boolean titleAbove(String text, SentenceFacts title, SentenceFacts dateLine) {
        if (title.triggers.isEmpty() || !title.dates.isEmpty() || !endsLine(text, title)) {
            return false;
        }
        int breaks = 0;
        for (int k = title.sentence.end(); k < dateLine.sentence.start(); k++) {
            if (text.charAt(k) == '\n') {
                breaks++;
            }
        }
        return breaks == 1;
    }

    private static final WordSet PLACE_LABEL = WordSet.of("place", "venue", "location", "where");

    /** "Place: Palácio do Planalto", "Venue: State House, Accra": a line that says where the item above it is held. */
    private static boolean isPlaceLine(SentenceFacts f) {
        return f.tokens.size() > 2 && PLACE_LABEL.contains(f.tokens, 0) && f.tokens.is(1, ":") && f.triggers.isEmpty()
                && !f.places.places().isEmpty();
    }

    /**
     * "12:00 - Talks with X. Hyderabad House." / "10:00 Call on Y. Office of the President, Valparaíso.": a short
     * sentence after the item on its line that opens with a place and names little else, where the item is held.
     */
    private static boolean isVenueAfterTheItem(String text, SentenceFacts item, SentenceFacts f) {
        int lineEnd = text.indexOf('\n', item.sentence.end());
        if (!f.triggers.isEmpty() || !f.persons.isEmpty() || !f.dates.isEmpty() || f.places.places().isEmpty()
                || lineEnd >= 0 && lineEnd < f.sentence.start()) {
            return false; // on the item's own line only
        }
        int opening = f.tokens.is(0, "the") ? 1 : 0;
        if (!TokenSpan.covers(f.places.places(), opening)) {
            return false; // "Onward to Mombasa.": where the day goes next, not where the item is held
        }
        int others = 0;
        for (int i = 0; i < f.tokens.size(); i++) {
            if (f.tokens.word(i) && !TokenSpan.covers(f.places.places(), i) && !VENUE_JOINS.contains(f.tokens, i)) {
                others++;
            }
        }
        return others <= VENUE_OTHER_WORDS;
    }

    private static final WordSet VENUE_JOINS = WordSet.of("the", "of", "at");
    /** "Plaza de Armas, north gate": a word or two the gazetteer does not hold */
    private static final int VENUE_OTHER_WORDS = 2;

    /** The town a place line names, else its first place (a palace, a ministry). */
    private static PlaceMention placeOf(SentenceFacts f) {
        for (PlaceMention p : f.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY) {
                return p;
            }
        }
        return f.places.places().get(0);
    }

    /** "10.30 Talks with X, Ministry of Foreign Affairs, The Hague": a town closing an item after a comma or a dash. */
    private static PlaceMention trailingTown(SentenceFacts f) {
        TokenList tokens = f.tokens;
        int end = tokens.size();
        if (end > 0 && !tokens.word(end - 1) && !ClauseWords.DASHES.contains(tokens, end - 1)) {
            end--; // a closing full stop
        }
        for (PlaceMention p : f.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY && p.to() == end && p.from() > 0
                    && (tokens.is(p.from() - 1, ",") || ClauseWords.DASHES.contains(tokens, p.from() - 1))) {
                return p;
            }
        }
        return null;
    }

    private static final WordSet AGENDA = WordSet.of("agenda", "programme", "program", "schedule", "diary");

    /**
     * A schedule by person: a line that is only a name and a title ("ANA SILVA, President of the National Assembly"),
     * or that gives whose agenda follows ("Agenda of the Speaker of Parliament, Ana Silva"), makes its bearer the
     * principal of the lines below it, up to the next such line.
     */
    static void principals(List<SentenceFacts> facts) {
        Person principal = null;
        Person visitor = null;
        for (SentenceFacts f : facts) {
            if (principal == null && f.persons.isEmpty() && visitor != null && programmeOfTheVisit(f)) {
                principal = visitor; // "X will make a State Visit to Y ... The programme for the visit is as follows:"
                continue;
            }
            if (principal == null && visitor == null) {
                visitor = visitorOf(f);
            }
            if (f.persons.size() == 1 && (f.persons.get(0).to() == f.tokens.size()
                    && (f.persons.get(0).from() == 0 && f.tokens.allCaps(0) || agendaOf(f))
                    || (titleRunsOn(f) || periodAfter(f)) && agendaOf(f) || theFollowing(f))
                    || !f.persons.isEmpty() && programmeOfAVisit(f)) {
                principal = f.persons.get(0).person();
                continue;
            }
            f.principal = principal;
        }
    }

    /**
     * "The programme for the visit is as follows:", "Programme of the State Visit", or a bare heading "Programme" /
     * "Programme (times are local)": the visit told before, no one named.
     */
    private static boolean programmeOfTheVisit(SentenceFacts f) {
        if (bareHeading(f)) {
            return true;
        }
        int k = f.tokens.size() > 0 && f.tokens.is(0, "the") ? 1 : 0;
        if (f.tokens.size() < k + 4 || !AGENDA.contains(f.tokens, k) || !(f.tokens.is(k + 1, "of") || f.tokens.is(k + 1, "for"))
                || !f.tokens.is(k + 2, "the")) {
            return false;
        }
        for (Trigger t : f.triggers) {
            if (t.kind().equals("visit") && t.from() > k + 2 && t.from() <= k + 4) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PROGRAMME_ADJECTIVES = WordSet.of("provisional", "draft", "tentative", "detailed", "indicative");

    /** "Programme", "Schedule:", "Programme (times are local time in Y)": the word alone, or with a note in brackets. */
    private static boolean bareHeading(SentenceFacts f) {
        int k = f.tokens.size() > 1 && PROGRAMME_ADJECTIVES.contains(f.tokens, 0) ? 1 : 0; // "Provisional programme"
        if (f.tokens.size() <= k || !AGENDA.contains(f.tokens, k) || !f.triggers.isEmpty()) {
            return false;
        }
        if (f.tokens.size() > k + 1 && PROGRAMME_TAILS.contains(f.tokens, k + 1)) {
            k++; // "Programme highlights (all times local):"
        }
        return f.tokens.size() == k + 1 || f.tokens.is(k + 1, ":") && f.tokens.size() == k + 2 || f.tokens.is(k + 1, "(");
    }

    private static final WordSet PROGRAMME_TAILS = WordSet.of("highlights", "outline", "overview", "summary", "details");

    /** "X, President of Y, will make a State Visit to Z at the invitation of W": X, named before the visit's word. */
    private static Person visitorOf(SentenceFacts f) {
        Trigger first = f.triggers.isEmpty() ? null : f.triggers.get(0);
        if (first == null || !first.kind().equals("visit")) {
            return null; // "X will host Y on a State Visit": the visitor is who is hosted, not the one named first
        }
        Person visitor = null;
        for (PersonMention p : f.persons) {
            boolean inviting = p.from() >= 2 && f.tokens.is(p.from() - 1, "of") && f.tokens.is(p.from() - 2, "invitation");
            if (p.from() < first.from() && !p.former() && !p.speaker() && !f.background[p.from()] && !inviting) {
                // "At the invitation of X, Y will pay a visit": the one nearest the visit; "King X and Queen Y will
                // pay a visit": two visitors, neither the one principal
                visitor = p.from() > 0 && f.tokens.is(p.from() - 1, "and") ? null : p.person();
            }
        }
        return visitor;
    }

    /** the most words between "visit of" and the visitor's name: "Her Excellency", "His Majesty King" */
    private static final int COURTESY_WORDS = 3;

    /**
     * "PROGRAMME OF THE STATE VISIT OF HER EXCELLENCY X, PRESIDENT OF Y, TO Z", "Programme for the official visit of
     * Prime Minister X": the visitor is the principal of the items below.
     */
    private static boolean programmeOfAVisit(SentenceFacts f) {
        int k = AGENDA.contains(f.tokens, 0) ? 1 : 2; // "Programme of", "Provisional programme for"
        if (f.tokens.size() <= k + 3 || !AGENDA.contains(f.tokens, k - 1) || !(f.tokens.is(k, "of") || f.tokens.is(k, "for"))
                || f.triggers.size() != 1 || !f.triggers.get(0).kind().equals("visit")) {
            return false;
        }
        for (int i = 0; i < f.tokens.size(); i++) {
            if (ClauseWords.AUXILIARIES.contains(f.tokens, i)) {
                return false; // "The programme for the visit of President X was published on Monday": prose
            }
        }
        Trigger visit = f.triggers.get(0);
        int name = f.persons.get(0).from();
        return visit.from() <= k + 4 && visit.to() < f.tokens.size() && f.tokens.is(visit.to(), "of")
                && name > visit.to() && name - (visit.to() + 1) <= COURTESY_WORDS;
    }

    private static final WordSet INSIDE_A_TITLE = WordSet.of("and", "of", "for", "the", ",");

    /**
     * "Weekly agenda of X, Deputy Prime Minister and Minister of Foreign Affairs, European Affairs and Foreign Trade":
     * after the person, only more of the title, capitalised words and the words that join them.
     */
    private static boolean titleRunsOn(SentenceFacts f) {
        for (int k = f.persons.get(0).to(); k < f.tokens.size(); k++) {
            if (!(f.tokens.capitalised(k) && f.tokens.word(k) || INSIDE_A_TITLE.contains(f.tokens, k))) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet SCHEDULE_WORDS = WordSet.of("engagements", "programme", "program", "schedule",
            "appointments", "agenda");

    /** "The President of the Storting, X, has the following official engagements in the coming week." */
    private static boolean theFollowing(SentenceFacts f) {
        int k = f.tokens.find("following", f.persons.get(0).to(), f.tokens.size());
        if (k < 1 || !f.tokens.is(k - 1, "the")) {
            return false;
        }
        for (int j = k + 1; j < f.tokens.size() && j <= k + 3; j++) {
            if (SCHEDULE_WORDS.contains(f.tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Agenda of the President of the Senate, X", "Schedule for Foreign Minister X", "Official agenda of X": a title,
     * no event word.
     */
    private static boolean agendaOf(SentenceFacts f) {
        int k = AGENDA.contains(f.tokens, 0) ? 0 : 1; // "Official agenda", "Public schedule", "Weekly programme"
        int words = f.persons.get(0).to() - (k + 2); // the title after the name may be long: "... and Minister of X, Y and Z"
        return f.tokens.size() > k + 2 && words <= MAX_HEADING_TOKENS + 2 && AGENDA.contains(f.tokens, k)
                && (k == 0 || f.tokens.word(0) && f.persons.get(0).from() > 1)
                && (f.tokens.is(k + 1, "of") || f.tokens.is(k + 1, "for")) && f.triggers.isEmpty()
                && (f.dates.isEmpty() || periodAfter(f));
    }

    private static final WordSet PERIOD_WORDS = WordSet.of("the", "week", "weeks", "period", "of", "from", "to", "until", ",");

    /** "Agenda of the Minister, X, for the week of 9 to 13 September 2024": after the name, only the days it covers. */
    private static boolean periodAfter(SentenceFacts f) {
        int k = f.persons.get(0).to();
        if (k < f.tokens.size() && f.tokens.is(k, ",")) {
            k++;
        }
        if (k >= f.tokens.size() || !(f.tokens.is(k, "for") || f.tokens.is(k, "from")) || f.dates.isEmpty()) {
            return false;
        }
        for (int j = k + 1; j < f.tokens.size(); j++) {
            boolean inDate = false;
            for (SentenceFacts.Dated d : f.dates) {
                inDate |= j >= f.tokenAt(d.mention().start()) && j <= f.tokenAt(d.mention().end() - 1);
            }
            if (!inDate && !PERIOD_WORDS.contains(f.tokens, j)) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet PROGRAMME_WORDS = WordSet.of("programme", "program", "schedule", "agenda", "itinerary");

    private static boolean isHeading(String text, SentenceFacts f) {
        if (!triggersOnlyAfterADash(f) || f.dates.isEmpty() || outsideBrackets(f.tokens) > MAX_HEADING_TOKENS || !endsLine(text, f)
                || f.dates.get(0).mention().type() == TimexType.TIME) { // "5 p.m. – Return to Kingston." is an item
            return false;
        }
        LocalDate day = f.dates.get(0).mention().first();
        int others = 0;
        boolean aside = false;
        for (int i = 0; i < f.tokens.size(); i++) {
            if (ClauseWords.DASHES.contains(f.tokens, i)) {
                break; // "THURSDAY 22 MAY – NUKU'ALOFA": after the dash, where the day is spent
            }
            if (f.tokens.is(i, "(") || f.tokens.is(i, ")")) {
                aside = f.tokens.is(i, "("); // "WEDNESDAY 12 NOVEMBER (all times local)": a note on the day
                continue;
            }
            if (aside) {
                continue;
            }
            if (!f.tokens.word(i) || inDate(f, i, day) || TokenSpan.covers(f.places.places(), i)) {
                continue;
            }
            if (PROGRAMME_WORDS.contains(f.tokens, i) || i > 0 && PROGRAMME_WORDS.contains(f.tokens, i - 1)
                    && (f.tokens.is(i, "of") || f.tokens.is(i, "for"))) {
                continue; // "Programme of Monday 10 March", "Schedule for Tuesday, 4 June"
            }
            others++;
        }
        return others <= OTHER_WORDS;
    }

    /** How many tokens stand outside brackets: "(times are Nairobi time)" is a note on the line, not its length. */
    private static int outsideBrackets(TokenList tokens) {
        int n = 0;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.is(i, "(")) {
                depth++;
            } else if (tokens.is(i, ")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                n++;
            }
        }
        return n;
    }

    /** "Wednesday 11 March - Official visit to India": the day's event may follow the dash, as a town does. */
    private static boolean triggersOnlyAfterADash(SentenceFacts f) {
        if (f.triggers.isEmpty()) {
            return true;
        }
        int dash = 0;
        while (dash < f.tokens.size() && !ClauseWords.DASHES.contains(f.tokens, dash)) {
            dash++;
        }
        if (dash == 0 || dash == f.tokens.size() || f.triggers.get(0).from() < dash) {
            return false;
        }
        for (Trigger t : f.triggers) {
            if (!t.form().equals("noun")) {
                return false; // "Monday 13 May - Ruto to visit Uganda": a headline, not a day of the programme
            }
        }
        return true;
    }


    /** "THURSDAY, SEPT. 26 - SUNDAY, SEPT. 29": the heading's last day, the day after its dash; else its one day. */
    private static LocalDate lastDayOfTheSpan(SentenceFacts heading) {
        TimeMention first = heading.dates.get(0).mention();
        if (heading.dates.size() == 2) {
            SentenceFacts.Dated second = heading.dates.get(1);
            TimeMention m = second.mention();
            int dash = heading.dates.get(0).token();
            while (dash < second.token() && !ClauseWords.DASHES.contains(heading.tokens, dash)) {
                dash++;
            }
            if (dash < second.token() && m.exact() && first.exact() && m.first().equals(m.last()) && m.first().isAfter(first.last())) {
                return m.first();
            }
        }
        return first.last();
    }

    /** Token {@code i} lies within a mention of the day {@code day} or of a few days from it ("Wednesday 14 - Thursday 15 August"). */
    private static boolean inDate(SentenceFacts f, int i, LocalDate day) {
        for (SentenceFacts.Dated d : f.dates) {
            TimeMention m = d.mention();
            if (!m.exact() || m.last().toEpochDay() - m.first().toEpochDay() > MAX_HEADING_DAYS || !m.first().equals(day)) {
                return false;
            }
            if (m.covers(f.tokens.start(i), f.tokens.end(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLine(String text, SentenceFacts f) {
        int end = f.sentence.end();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int breaks = 0;
        for (int k = from; k < to && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++breaks >= 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                breaks = 0;
            }
        }
        return false;
    }

    /** The item's one date is the clock time it opens with ("16:00 - Meeting with X"), dated by the tagger, not the text. */
    private static boolean onlyItsOpeningClock(String text, SentenceFacts f) {
        if (f.dates.size() != 1) {
            return false;
        }
        TimeMention m = f.dates.get(0).mention();
        int k = f.sentence.start();
        while (k < m.start() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return m.type() == TimexType.TIME && m.timeOfDay() != null && k == m.start() && leadingClock(text, m.start(), m.end()) != null;
    }

    private static final java.util.regex.Pattern TODAY = java.util.regex.Pattern.compile("(?i)today|tonight|this (morning|afternoon|evening)");

    /** "the meeting that X was to host today", under a day's heading: the heading's day, not the day of publication. */
    private static boolean onlyToday(SentenceFacts f) {
        return f.dates.size() == 1 && TODAY.matcher(f.dates.get(0).mention().text().trim()).matches();
    }

    /**
     * "09.00 Bilateral meeting", "14:30 Telephone call", "11h00 - Receives X", "3 p.m. – Bilateral meeting", "2:00 p.m.
     * The Minister will ...": the clock time an item opens with.
     */
    private static LocalTime leadingClock(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int h = 0;
        int digits = 0;
        while (k < to && Character.isDigit(text.charAt(k)) && digits < 2) {
            h = h * 10 + (text.charAt(k++) - '0');
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        int m = 0;
        boolean minutes = k + 2 < to && (text.charAt(k) == '.' || text.charAt(k) == ':' || text.charAt(k) == 'h')
                && Character.isDigit(text.charAt(k + 1)) && Character.isDigit(text.charAt(k + 2))
                && (k + 3 >= to || !Character.isDigit(text.charAt(k + 3)));
        if (minutes) {
            m = (text.charAt(k + 1) - '0') * 10 + (text.charAt(k + 2) - '0');
            k += 3;
        }
        int half = meridiem(text, k, to);
        if (!minutes && half == 0) {
            return null;
        }
        if (half != 0 && (h < 1 || h > 12)) {
            return null;
        }
        if (half != 0) {
            h = h % 12 + (half > 0 ? 12 : 0);
        }
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

    /** After a clock's digits at {@code k}: -1 for "a.m." / "am" / "AM", +1 for "p.m." / "pm" / "PM", 0 for neither. */
    private static int meridiem(String text, int k, int to) {
        while (k < to && Sentences.isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        if (k + 1 >= to) {
            return 0;
        }
        char half = Character.toLowerCase(text.charAt(k));
        boolean dotted = text.charAt(k + 1) == '.';
        int m = dotted ? k + 2 : k + 1; // "a.m" or "am"
        if (half != 'a' && half != 'p' || m >= to || Character.toLowerCase(text.charAt(m)) != 'm') {
            return 0;
        }
        if (m + 1 < to && Character.isLetter(text.charAt(m + 1))) {
            return 0; // "9 amendments"
        }
        return half == 'a' ? -1 : 1;
    }

    /**
     * "- NEW YORK: Summit of the Future ...", "WILMINGTON, Delaware: Biden hosts ...": a town or country in capitals,
     * after a bullet, before a colon (or before a comma, a region and a colon), placing the item it opens.
     */
    private static PlaceMention leadingPlace(SentenceFacts f, boolean underHeading) {
        TokenList tokens = f.tokens;
        int k = 0;
        while (k < tokens.size() && !tokens.word(k) && k < 2) {
            k++; // "-", "•", "*"
        }
        boolean afterClock = false;
        if (underHeading && f.timedLine) {
            int dash = 1;
            while (dash < tokens.size() && dash < 4 && !ClauseWords.DASHES.contains(tokens, dash)) {
                dash++;
            }
            if (dash < tokens.size() && dash < 4 && ClauseWords.DASHES.contains(tokens, dash)) {
                k = dash + 1; // "14:00 - Riga: meeting with X": the town the item is in, after its clock
                afterClock = true;
            }
        }
        if (k == 0 && !underHeading) {
            return null; // "NEW DELHI: Prime Minister X will ...": a dateline, not an item
        }
        for (PlaceMention p : f.places.places()) {
            // "Gdańsk – visit of X to the port" under a day's heading: a town, a dash and the item in lower case
            boolean itemAfterADash = underHeading && p.to() + 1 < tokens.size() && ClauseWords.DASHES.contains(tokens, p.to())
                    && tokens.word(p.to() + 1) && !tokens.capitalised(p.to() + 1);
            if (p.from() != k || p.kind() != PlaceMention.Kind.CITY && p.kind() != PlaceMention.Kind.COUNTRY
                    || !tokens.allCaps(k) && !(afterClock && p.to() < tokens.size() && tokens.is(p.to(), ":")) && !itemAfterADash) {
                continue;
            }
            int j = p.to();
            if (j < tokens.size() && tokens.is(j, ",")) {
                j++;
                while (j < tokens.size() && j < p.to() + 4 && tokens.capitalised(j)) {
                    j++; // "WILMINGTON, Delaware:"
                }
            }
            // "- NEW YORK: Security Council meeting"; under a day's heading also "GEORGETOWN - Heads' retreat"
            return j < tokens.size() && (tokens.is(j, ":") || underHeading && ClauseWords.DASHES.contains(tokens, j)) ? p : null;
        }
        return null;
    }

    /** The town a heading names ("WEDNESDAY 21 MAY – SUVA"), if one. */
    private static PlaceMention town(SentenceFacts heading) {
        for (PlaceMention p : heading.places.places()) {
            if (p.kind() == PlaceMention.Kind.CITY) {
                return p;
            }
        }
        return null;
    }
}
