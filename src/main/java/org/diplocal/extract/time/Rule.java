package org.diplocal.extract.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One extraction rule: a pre-compiled pattern tried only at tokens named by its triggers.
 *
 * @param index    position in the rule set, for per-call matcher caches
 * @param name     unique name, for messages and tests
 * @param kind     the resolver that interprets the named groups
 * @param pattern  the expanded, compiled regex
 * @param groups   the named groups the regex declares
 * @param example  the text of the rule's {@code // EXAMPLE:} line
 * @param source   file and line, for messages
 * @param vocabulary every word the regex can match: its literal words and the words of the lists it uses
 */
record Rule(int index, String name, RuleKind kind, Pattern pattern, Set<String> groups, String example, String source,
            Set<String> vocabulary) {

    boolean has(String group) {
        return groups.contains(group);
    }

    /** Whether the rule's regex can match this lower-case word (a literal of the regex or an entry of one of its lists). */
    boolean mayContain(String word) {
        return vocabulary.contains(word);
    }
}
