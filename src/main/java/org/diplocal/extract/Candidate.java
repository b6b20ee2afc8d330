package org.diplocal.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** An engagement being put together from one or more sentences. */
final class Candidate {
    /** Where: venue (level 2), city (1) or country (0). */
    record Loc(String name, String city, String country, String zone, Double lat, Double lon, int level) {
        /** Where an engagement held during a stay here is: a venue's town (visiting a base is no meeting at it), else this. */
        Loc town() {
            if (level < 2) {
                return this;
            }
            return city == null ? null : new Loc(city, city, country, zone, null, null, 1);
        }

        /**
         * This venue placed in {@code town}'s town and country ("the National Palace" of a stay in Bissau); a town the
         * lists lack ("will fly to Mangochi") keeps its own name and takes only the country.
         */
        Loc placedIn(Loc town) {
            return city != null && country == null
                    ? new Loc(name, city, town.country(), town.zone(), null, null, 2)
                    : new Loc(name, town.city(), town.country(), town.zone(), town.lat(), town.lon(), 2);
        }
    }

    final SentenceFacts facts;
    final Trigger trigger;
    String kind;
    String name;
    String acronym;
    String what;
    final Set<Person> subjects = new LinkedHashSet<>();
    final Set<Person> objects = new LinkedHashSet<>();
    /** "each of the three": one meeting with each object, not one with all */
    boolean eachApart;
    final Set<String> groupCountries = new LinkedHashSet<>();
    /** "the foreign ministers of X and Y": which officials of {@link #groupCountries} take part ("foreign", "leaders") */
    String groupRole;
    final Set<String> topics = new LinkedHashSet<>();
    Loc loc;
    boolean virtual;
    LocalDate start;
    LocalDate end;
    Precision precision;
    LocalTime time;
    SentenceFacts.Anchor anchor;
    int days = 1;
    /** dated by a bare weekday ("on Wednesday"), which a narrative may move to the following week */
    boolean weekday;
    /** dated by a weekday's part ("on Monday evening"): only a stay told before moves it ({@link RelativeDates}) */
    boolean weekdayPart;
    /** told as hosting ("X will host Y"): the subjects are at home */
    boolean hosted;
    /** "separate meetings with X and Y": the others met apart, whom this meeting does not include */
    final Set<Person> apartFrom = new LinkedHashSet<>();
    /** "will meet X before returning to Doha on Wednesday": the day by which it is over, when no date of its own */
    LocalDate returnBy;
    /** the event this one is told to follow ("after the summit he will travel to Japan"): no stay of this one holds it */
    Candidate follows;
    /** "Foreign Minister X, who accompanies the President, will meet Y": a member of the visiting party */
    boolean accompanying;
    /** "Malaysia will host the summit": the country whose officials stand for it when no one is named with it */
    String hostCountry;
    /** "talks between Ethiopia and Somalia": the countries that meet, whose officials stand for them when none is named */
    final Set<String> sides = new LinkedHashSet<>();
    /** "Negotiators from Peru and Ecuador will meet", "Peru and Ecuador will hold talks": two sides meet, no one named */
    boolean delegatesMeet;
    /** "X will make an official visit next Monday and Tuesday": told of no place, kept only if its stops place it */
    boolean placedByItsStops;
    /** "the joint border committee of the two countries": its countries are the pair the report is about */
    boolean ofTheTwoCountries;
    /** "with his Zimbabwean counterpart", who is named nowhere: the country met */
    String counterpartCountry;
    DraftStatus status = DraftStatus.SCHEDULED;
    String evidence;
    final Set<Integer> sentences = new LinkedHashSet<>();

    Candidate(SentenceFacts facts, Trigger trigger) {
        this.facts = facts;
        this.trigger = trigger;
        this.kind = trigger.kind();
        this.hosted = trigger.kind().equals("host") && !trigger.form().equals("passive");
        this.name = trigger.name();
        this.acronym = trigger.acronym();
        this.evidence = facts.sentence.text();
        this.sentences.add(facts.sentence.index());
    }

    /** Dated as {@code other} is, at {@code precision}, with its marks of how the day was told. */
    void dateAs(Candidate other, Precision precision) {
        date(other.start, other.end, precision);
        weekday = other.weekday;
        weekdayPart = other.weekdayPart;
    }

    boolean dated() {
        return start != null;
    }

    boolean involves(Person p) {
        return subjects.contains(p) || objects.contains(p);
    }

    boolean noParticipants() {
        return subjects.isEmpty() && objects.isEmpty();
    }

    /** True when the two share a participant; allocation-free, it runs for every pair considered. */
    boolean sharesParticipantWith(Candidate other) {
        for (Person p : subjects) {
            if (other.involves(p)) {
                return true;
            }
        }
        for (Person p : objects) {
            if (other.involves(p)) {
                return true;
            }
        }
        return false;
    }

    int participantCount() {
        int n = subjects.size();
        for (Person p : objects) {
            if (!subjects.contains(p)) {
                n++;
            }
        }
        return n;
    }

    Set<Person> participants() {
        Set<Person> all = new LinkedHashSet<>(subjects);
        all.addAll(objects);
        return all;
    }

    /** meeting-like, visit-like or ceremony: kinds of one family can be the same engagement. */
    /** "will travel to Kenya and Uganda": a journey to several countries, which is in none of them alone */
    boolean tourOfSeveral() {
        return family().equals("visit") && groupCountries.size() >= 2;
    }

    String family() {
        return familyOf(kind);
    }

    static String familyOf(String kind) {
        return switch (kind) {
            case "visit", "trip", "travel" -> "visit";
            case "ceremony", "speech" -> "ceremony";
            default -> "meeting";
        };
    }

    /** A new engagement from the same event word, with what this one was told so far but none of its people or date. */
    Candidate sibling() {
        Candidate other = new Candidate(facts, trigger);
        other.kind = kind;
        other.loc = loc;
        other.virtual = virtual;
        other.status = status;
        other.days = days;
        other.what = what;
        other.topics.addAll(topics);
        return other;
    }

    /** Some time during {@code outer}: its day, or a window over its days. */
    void during(Candidate outer) {
        date(outer.start, outer.end, outer.start.equals(outer.end) ? outer.precision : Precision.WINDOW);
    }

    void date(LocalDate from, LocalDate to, Precision p) {
        start = from;
        end = to;
        precision = p;
    }

    @Override
    public String toString() {
        return kind + " " + participants() + " " + loc + " " + start + ".." + end + " " + precision + " <" + evidence + ">";
    }
}
