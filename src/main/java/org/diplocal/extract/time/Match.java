package org.diplocal.extract.time;

import java.util.regex.Matcher;

/** A rule's successful match, read by group name; groups the rule does not declare read as null. */
final class Match {

    private final Rule rule;
    private final Matcher matcher;

    Match(Rule rule, Matcher matcher) {
        this.rule = rule;
        this.matcher = matcher;
    }

    String get(String group) {
        return rule.has(group) ? matcher.group(group) : null;
    }

    boolean has(String group) {
        return rule.has(group) && matcher.start(group) >= 0;
    }

    int start() {
        return matcher.start();
    }

    int end() {
        return matcher.end();
    }

    Rule rule() {
        return rule;
    }
}
