package org.diplocal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplocal.extract.time.TimeMention;

/**
 * The engine: report text and publication date in, engagement drafts out. Thread-safe; every call
 * keeps its state in locals. Never throws: a text it cannot read gives no drafts.
 */
public final class ReportExtractor {
    /** Longer texts are read up to here: 1 MiB is the API's limit anyway. */
    static final int MAX_CHARS = 1 << 20;

    private static volatile ReportExtractor standard;
    private static final System.Logger LOG = System.getLogger(ReportExtractor.class.getName());

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TimeSource times;

    ReportExtractor(Gazetteer gazetteer, Lexicon lexicon, TimeSource times) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.times = times;
    }

    public static ReportExtractor standard() {
        ReportExtractor r = standard;
        if (r == null) {
            synchronized (ReportExtractor.class) {
                if (standard == null) {
                    standard = new ReportExtractor(Gazetteer.standard(), Lexicon.standard(), TimeSource.standard());
                }
                r = standard;
            }
        }
        return r;
    }

    public List<Draft> extract(String text, LocalDate published) {
        if (text == null || text.isBlank() || published == null) {
            return List.of();
        }
        try {
            String body = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
            return List.copyOf(run(body, published));
        } catch (RuntimeException | StackOverflowError e) {
            if (Boolean.getBoolean("diplocal.extract.debug")) {
                throw e;
            }
            // the report is kept with no engagements rather than refused; the log says which rule failed
            LOG.log(System.Logger.Level.WARNING, "extraction failed, report read as having no engagements", e);
            return List.of();
        }
    }

    private List<Draft> run(String text, LocalDate published) {
        Reading reading = read(text, published);
        return new DraftAssembler(gazetteer, lexicon).assemble(reading.facts(), reading.people());
    }

    /** What each sentence of a report says, and the people it names: the engine's reading, before assembly. */
    record Reading(List<SentenceFacts> facts, List<Person> people) {
    }

    Reading read(String text, LocalDate published) {
        String words = Tokenizer.wordDashesAsHyphens(text);
        char[] chars = words.toCharArray(); // read by the tokenizer and the time tagger alike
        List<Sentence> sentences = SentenceSplitter.split(text, words, chars);
        List<TimeMention> mentions = new ArrayList<>(times.tag(words, chars, published));
        mentions.sort(java.util.Comparator.comparingInt(TimeMention::start));
        // the dateline's date is the report's, not an event's
        for (int[] span : Dateline.headerSpans(text)) {
            mentions.removeIf(t -> t.start() >= span[0] && t.start() < span[1]);
        }
        mentions = ClockTimes.onTheDayTold(text, DateRanges.join(text, mentions), published);
        PlaceFinder placeFinder = new PlaceFinder(gazetteer, lexicon);
        PersonFinder personFinder = new PersonFinder(lexicon);
        TriggerFinder triggerFinder = new TriggerFinder(lexicon);
        SentenceAnalyser analyser = new SentenceAnalyser(lexicon);
        Set<String> reportCountries = new HashSet<>();
        Set<String> namedCountries = new HashSet<>();
        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        List<List<PersonMention>> titled = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            PlaceFinder.Found places = placeFinder.find(s.tokens(), reportCountries, namedCountries);
            for (CountryMention c : places.countries()) {
                reportCountries.add(c.iso2());
                boolean beforeATitle = c.to() < s.tokens().size() && lexicon.roles.longest(s.tokens(), c.to()) != null;
                if (!c.demonym() && !beforeATitle) { // "US Assistant Secretary X" names no place
                    namedCountries.add(c.iso2());
                }
            }
            SentenceFacts f = new SentenceFacts(s, places);
            facts.add(f);
            titled.add(personFinder.untitled(s.tokens(), personFinder.titled(s.tokens(), places), places));
        }
        for (SentenceFacts f : facts) {
            placeFinder.reconsider(f.tokens, f.places, reportCountries, namedCountries);
        }
        List<List<PersonMention>> named = new ArrayList<>();
        for (int n = 0; n < facts.size(); n++) {
            named.add(personFinder.shortMentions(facts.get(n).tokens, titled.get(n), facts.get(n).places));
        }
        Set<Person> towns = townsReadAsNames(facts, named);
        int m = 0;
        for (int n = 0; n < facts.size(); n++) {
            SentenceFacts f = facts.get(n);
            f.persons = new ArrayList<>(named.get(n));
            f.persons.removeIf(p -> towns.contains(p.person()));
            for (PersonMention p : f.persons) { // "Mayor Carlos Paris" is a person, not the city of Paris
                f.places.places().removeIf(pl -> pl.from() < p.to() && p.from() < pl.to());
                f.places.countries().removeIf(c -> c.from() >= p.from() && c.to() <= p.to() && !c.demonym() && p.to() - p.from() > 0
                        && c.from() > p.from());
            }
            for (PersonMention p : f.persons) {
                if (!p.former()) {
                    p.person().everCurrent = true;
                }
            }
            List<TimeMention> inside = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < f.sentence.start()) {
                m++;
            }
            for (int k = m; k < mentions.size() && mentions.get(k).start() < f.sentence.end(); k++) {
                inside.add(mentions.get(k));
            }
            inside.removeIf(t -> TokenSpan.covers(f.persons, f.tokenAt(t.start()))); // "Dr Godwin Friday" is no Friday
            analyser.analyse(f, inside, published);
            f.triggers = triggerFinder.find(f.tokens, f.places, f.persons);
        }
        Programme.dateItems(text, facts, published);
        WeekdaysOfDatesTold.apply(facts, published);
        Programme.principals(facts);
        List<Person> people = new ArrayList<>(personFinder.people());
        people.removeAll(towns);
        return new Reading(facts, people);
    }

    /**
     * Names read without a title that the report also puts after "in": "Copán Ruinas to host ..." and then "... in Copán
     * Ruinas on Friday" is a town the gazetteer does not hold, not a person.
     */
    private static Set<Person> townsReadAsNames(List<SentenceFacts> facts, List<List<PersonMention>> named) {
        Set<Person> towns = new HashSet<>();
        for (int n = 0; n < facts.size(); n++) {
            TokenList tokens = facts.get(n).tokens;
            for (PersonMention p : named.get(n)) {
                boolean untitled = p.person().role == null;
                boolean afterIn = p.from() > 0 && tokens.is(p.from() - 1, "in")
                        && !(p.to() < tokens.size() && tokens.is(p.to(), "'s"));
                if (untitled && afterIn) {
                    towns.add(p.person());
                }
            }
        }
        return towns;
    }
}
