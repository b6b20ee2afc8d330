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
 */
record Rule(int index, String name, RuleKind kind, Pattern pattern, Set<String> groups, String example, String source) {

    boolean has(String group) {
        return groups.contains(group);
    }
}
