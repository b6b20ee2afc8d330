/**
 * The time tagger: finds time expressions in report text and resolves them against the publication date.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * List<TimeMention> ms = TimeTagger.standard().tag(text, publishedOn);
 * }</pre>
 * Mentions come in text order and never overlap. {@link org.diplocal.extract.time.TimeMention#first()} ..
 * {@code last()} is the calendar span (inclusive) and {@code exact()} says whether it fixes the day(s) or only bounds
 * one; durations, sets and vague references (PRESENT_REF ...) have no span.
 *
 * <h2>Rules are data</h2>
 * Under {@code src/main/resources/org/diplocal/extract/time/}, listed in {@code index.txt}:
 * <ul>
 *   <li>{@code normalization/*.txt} — maps ({@code november = 11}); their keys are also word lists;</li>
 *   <li>{@code patterns/*.txt} — word lists: tense cues, anchors, glue and lead words, units ...;</li>
 *   <li>{@code rules/*.txt} — one rule a line, {@code name | KIND | triggers | regex}, with a {@code // FORMAT:}
 *       header and an {@code // EXAMPLE:} line above each rule (the unit tests check every rule matches it).
 *       {@code %list} in a regex expands to the list, compiled as a prefix trie; named groups
 *       ({@code month}, {@code day}, {@code rel}, {@code unit} ...) feed the resolver of the rule's KIND.</li>
 * </ul>
 * {@link org.diplocal.extract.time.RuleSet} rejects unknown lists, duplicate rule names, rules without example and
 * regexes that do not compile, naming file and line.
 *
 * <h2>Speed</h2>
 * One pass tokenizes ({@link org.diplocal.extract.time.Tokens}); a rule is tried only at a token that triggers it,
 * only when an anchor word (month, unit, "now" ...) or a number is at hand, and only if its regex can match that
 * anchor; matches are anchored at the token and bounded to a window, so the work is linear in the text. A test
 * checks that this prefilter finds exactly what trying every rule at every token finds.
 *
 * <h2>Tense</h2>
 * A weekday, a month or a day without a year points forward or back by the nearest cue before it in its sentence
 * ({@code patterns/tenseFuture.txt}, {@code tensePast.txt}, {@code tenseFutureOrToday.txt}, infinitives, verbs in
 * -ed), else by the nearest cue after it; without any cue a weekday is the last one (or today) and a month or
 * date the nearest occurrence.
 */
package org.diplocal.extract.time;
