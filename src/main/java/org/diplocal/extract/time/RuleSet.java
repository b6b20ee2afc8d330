package org.diplocal.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rule data, HeidelTime style: word lists ({@code patterns/}), maps ({@code normalization/}) and rules
 * ({@code rules/}), listed in {@code index.txt}. Loading fails with a {@link RuleSetException} naming the file
 * and line when a rule refers to an unknown list, repeats a rule name, lacks an EXAMPLE or does not compile.
 */
final class RuleSet {

    private static final Pattern LIST_REF = Pattern.compile("%([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** Digit token shapes a rule can be triggered by; #digit stands for all of them. */
    enum Shape { YEAR, NUMBER, ORDINAL, PLURAL, CLOCK, OTHER }
    /** What a space in a rule means: bounded, so that it is also legal inside a look-behind. */
    private static final String SPACE_CLASS = "[\\s\\u00A0\\u202F]";
    private static final String SPACE = SPACE_CLASS + "{1,4}";

    private final Map<String, Normalization> normalization = new HashMap<>();

    /**
     * A normalization map by {@link #key}, and again by its keys as text writes them (as listed, Capitalised, UPPER
     * CASE), so that most lookups hash the matched phrase instead of building its key.
     */
    private record Normalization(Map<String, String> byKey, Map<String, String> asWritten) {
    }
    private final Map<String, List<String>> lists = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Rule[]> byTriggerWord = new HashMap<>();
    private final WordTable.Entry[] byShape = new WordTable.Entry[Shape.values().length];
    private Set<String> lead = Set.of();
    private WordTable words;

    private RuleSet() {
    }

    /** Loads the rule set below a class-path folder such as {@code org/diplocal/extract/time}. */
    static RuleSet load(String folder) {
        RuleSet set = new RuleSet();
        List<String[]> ruleFiles = new ArrayList<>();
        for (Line line : read(folder, "index.txt")) {
            String[] parts = line.text.split("\\s+");
            if (parts.length != 2) {
                throw new RuleSetException(line.where() + ": expected '<kind> <file>'");
            }
            switch (parts[0]) {
                case "normalization" -> set.addNormalization(parts[1], read(folder, "normalization/" + parts[1] + ".txt"));
                case "patterns" -> set.addList(parts[1], words(read(folder, "patterns/" + parts[1] + ".txt")), line);
                case "rules" -> ruleFiles.add(parts);
                default -> throw new RuleSetException(line.where() + ": unknown kind '" + parts[0] + "'");
            }
        }
        set.lead = set.lists.containsKey("lead") ? Set.copyOf(set.list("lead")) : Set.of();
        Map<String, Set<Rule>> triggers = new LinkedHashMap<>();
        Map<String, Set<Rule>> leadTriggers = new LinkedHashMap<>();
        List<Set<Rule>> digit = new ArrayList<>();
        for (Shape s : Shape.values()) {
            digit.add(new LinkedHashSet<>());
        }
        Set<String> names = new HashSet<>();
        for (String[] file : ruleFiles) {
            set.addRules(read(folder, "rules/" + file[1] + ".txt"), names, triggers, leadTriggers, digit);
        }
        triggers.forEach((word, rs) -> set.byTriggerWord.put(word, rs.toArray(Rule[]::new)));
        Map<String, Rule[]> afterLead = new HashMap<>();
        leadTriggers.forEach((word, rs) -> afterLead.put(word, rs.toArray(Rule[]::new)));
        for (Shape s : Shape.values()) {
            Set<Rule> rs = digit.get(s.ordinal());
            set.byShape[s.ordinal()] = new WordTable.Entry(rs.isEmpty() ? null : rs.toArray(Rule[]::new), null, false,
                    false, true, null);
        }
        Set<String> anchors = set.lists.containsKey("anchor") ? set.anchorWords() : Set.of();
        Map<String, WordTable.Entry> words = new HashMap<>();
        Set<String> glue = new HashSet<>(set.lists.containsKey("glue") ? set.list("glue") : List.of());
        Set<String> all = new HashSet<>(anchors);
        all.addAll(set.byTriggerWord.keySet());
        all.addAll(afterLead.keySet());
        all.addAll(glue);
        all.addAll(set.lead);
        for (String w : all) {
            boolean[] reachable = null;
            if (anchors.contains(w)) {
                reachable = new boolean[set.rules.size()];
                for (Rule r : set.rules) {
                    reachable[r.index()] = r.mayContain(w);
                }
            }
            words.put(w, new WordTable.Entry(set.byTriggerWord.get(w), afterLead.get(w), anchors.contains(w),
                    set.lead.contains(w), false, reachable));
        }
        set.words = new WordTable(words);
        return set;
    }

    List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** What the tagger knows of the word token {@code text[start, end)}: its rules and whether it is an anchor. */
    WordTable.Entry word(char[] text, int start, int end) {
        return words.get(text, start, end);
    }

    /** What the tagger knows of a token that starts with a digit, by its shape. */
    WordTable.Entry digit(Shape shape) {
        return byShape[shape.ordinal()];
    }

    /** The shape of a token that starts with a digit: 2026, 15, 4th, 1990s, 10pm, or other (17bn, 40cm). */
    static Shape shape(char[] text, int start, int end) {
        int i = start;
        while (i < end && Character.isDigit(text[i])) {
            i++;
        }
        if (i == end) {
            return end - start == 4 ? Shape.YEAR : Shape.NUMBER;
        }
        String suffix = new String(text, i, end - i).toLowerCase(Locale.ROOT);
        return switch (suffix) {
            case "st", "nd", "rd", "th" -> Shape.ORDINAL;
            case "s" -> Shape.PLURAL;
            case "am", "pm" -> Shape.CLOCK;
            default -> Shape.OTHER;
        };
    }

    /** patterns/anchor.txt: words, and for %list the last word of every entry of the list. */
    private Set<String> anchorWords() {
        Set<String> out = new HashSet<>();
        for (String entry : list("anchor")) {
            if (entry.startsWith("%")) {
                for (String e : list(entry.substring(1))) {
                    String[] words = e.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
                    out.add(words[words.length - 1]);
                }
            } else {
                out.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Entries of a word list (or the keys of a normalization map). */
    List<String> list(String name) {
        List<String> l = lists.get(name);
        if (l == null) {
            throw new RuleSetException("no word list '" + name + "'");
        }
        return l;
    }

    /** Looks a matched phrase up in a normalization map: lower case, spaces collapsed, a final period dropped. */
    String normalize(String map, String phrase) {
        Normalization n = normalization.get(map);
        if (n == null) {
            throw new RuleSetException("no normalization '" + map + "'");
        }
        if (phrase == null) {
            return null;
        }
        String value = n.asWritten().get(phrase);
        return value != null ? value : n.byKey().get(key(phrase));
    }

    static String key(String phrase) {
        if (isKey(phrase)) {
            return phrase;
        }
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Sentences.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '.') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /** Whether {@link #key} would return the phrase as it is: lower case, no white space, no final period. */
    private static boolean isKey(String phrase) {
        int n = phrase.length();
        if (n == 0 || phrase.charAt(n - 1) == '.') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = phrase.charAt(i);
            if (Sentences.isSpace(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    private void addNormalization(String name, List<Line> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Line line : lines) {
            int eq = line.text.indexOf('=');
            if (eq < 0) {
                throw new RuleSetException(line.where() + ": expected '<phrase> = <value>'");
            }
            String k = key(line.text.substring(0, eq));
            if (map.put(k, line.text.substring(eq + 1).trim()) != null) {
                throw new RuleSetException(line.where() + ": '" + k + "' is listed twice");
            }
        }
        Map<String, String> written = new HashMap<>();
        map.forEach((k, value) -> {
            String capitalised = k.isEmpty() ? k : k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1);
            for (String form : new String[] {k, capitalised, k.toUpperCase(Locale.ROOT)}) {
                if (key(form).equals(k)) { // the lookup by key would find this entry for the form
                    written.putIfAbsent(form, value);
                }
            }
        });
        normalization.put(name, new Normalization(map, written));
        addList(name, new ArrayList<>(map.keySet()), lines.isEmpty() ? null : lines.get(0));
    }

    private void addList(String name, List<String> entries, Line line) {
        if (lists.putIfAbsent(name, entries) != null) {
            throw new RuleSetException((line == null ? name : line.where()) + ": the list '" + name + "' is defined twice");
        }
    }

    private void addRules(List<Line> lines, Set<String> names, Map<String, Set<Rule>> triggers,
                          Map<String, Set<Rule>> leadTriggers, List<Set<Rule>> digit) {
        String example = null;
        for (Line line : lines) {
            if (line.example != null) {
                example = line.example;
                continue;
            }
            String[] cols = line.text.split("\\s*\\|\\s*", 4);
            if (cols.length != 4) {
                throw new RuleSetException(line.where() + ": expected '<name> | <kind> | <triggers> | <regex>'");
            }
            String name = cols[0];
            if (!names.add(name)) {
                throw new RuleSetException(line.where() + ": duplicate rule name '" + name + "'");
            }
            if (example == null) {
                throw new RuleSetException(line.where() + ": rule '" + name + "' has no // EXAMPLE: line above it");
            }
            RuleKind kind;
            try {
                kind = RuleKind.valueOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new RuleSetException(line.where() + ": unknown resolver kind '" + cols[1] + "'");
            }
            // "\s" and a plain space in a rule also match the no-break spaces of news copy
            String regex = expand(cols[3].replace("\\s", SPACE_CLASS).replace(" ", SPACE), line);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new RuleSetException(line.where() + ": rule '" + name + "' does not compile: " + e.getDescription(), e);
            }
            Set<String> groups = new HashSet<>();
            Matcher g = GROUP_NAME.matcher(cols[3]);
            while (g.find()) {
                groups.add(g.group(1));
            }
            Rule rule = new Rule(rules.size(), name, kind, pattern, Set.copyOf(groups), example, line.where(),
                    vocabulary(cols[3]));
            rules.add(rule);
            for (String t : cols[2].split("\\s*,\\s*")) {
                addTrigger(rule, t, line, triggers, leadTriggers, digit);
            }
            example = null;
        }
    }

    private void addTrigger(Rule rule, String trigger, Line line, Map<String, Set<Rule>> triggers,
                            Map<String, Set<Rule>> leadTriggers, List<Set<Rule>> digit) {
        switch (trigger) {
            case "#digit" -> digit.forEach(d -> d.add(rule));
            case "#year" -> digit.get(Shape.YEAR.ordinal()).add(rule);
            case "#number" -> digit.get(Shape.NUMBER.ordinal()).add(rule);
            case "#ordinal" -> digit.get(Shape.ORDINAL.ordinal()).add(rule);
            case "#plural" -> digit.get(Shape.PLURAL.ordinal()).add(rule);
            case "#clock" -> digit.get(Shape.CLOCK.ordinal()).add(rule);
            default -> {
                if (trigger.startsWith("#")) {
                    throw new RuleSetException(line.where() + ": unknown digit trigger '" + trigger + "'");
                }
                boolean afterLead = trigger.startsWith("^");
                if (afterLead) {
                    trigger = trigger.substring(1);
                }
                if (lead.contains(trigger)) {
                    throw new RuleSetException(line.where() + ": '" + trigger + "' is a lead word and cannot trigger a rule");
                }
                List<String> words = trigger.startsWith("%") ? lists.get(trigger.substring(1)) : List.of(trigger);
                if (words == null) {
                    throw new RuleSetException(line.where() + ": rule '" + rule.name() + "' triggers on unknown list '" + trigger + "'");
                }
                for (String w : words) {
                    String first = firstToken(w, lead);
                    if (first.isEmpty()) {
                        continue;
                    }
                    if (Character.isDigit(first.charAt(0))) {
                        digit.get(shape(first.toCharArray(), 0, first.length()).ordinal()).add(rule);
                    } else {
                        (afterLead ? leadTriggers : triggers).computeIfAbsent(first, k -> new LinkedHashSet<>()).add(rule);
                    }
                }
            }
        }
    }

    /** The first token of a list entry that is not a lead word ("the past" -> "past"); empty if none. */
    private static String firstToken(String entry, Set<String> lead) {
        String lower = entry.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j))) {
                j++;
            }
            String token = lower.substring(i, j);
            if (!lead.contains(token)) {
                return token;
            }
            i = j;
        }
        return "";
    }

    private static final Pattern REGEX_SYNTAX = Pattern.compile("\\(\\?<?[=!]|\\(\\?<[a-zA-Z0-9]+>|\\\\[a-zA-Z]|\\{[0-9,]+\\}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Every word a rule's regex can match: the words of its literals and of the entries of its lists. An
     * over-approximation (literal fragments count as words), which is what the anchor filter needs to stay safe.
     */
    private Set<String> vocabulary(String rawRegex) {
        Set<String> out = new HashSet<>();
        Matcher lists = LIST_REF.matcher(rawRegex);
        while (lists.find()) {
            for (String entry : list(lists.group(1))) {
                Matcher w = WORD.matcher(entry.toLowerCase(Locale.ROOT));
                while (w.find()) {
                    out.add(w.group());
                }
            }
        }
        String literal = REGEX_SYNTAX.matcher(LIST_REF.matcher(rawRegex).replaceAll(" ")).replaceAll(" ");
        Matcher w = WORD.matcher(literal.toLowerCase(Locale.ROOT));
        while (w.find()) {
            out.add(w.group());
        }
        return Set.copyOf(out);
    }

    /** Replaces every %list by an alternation of its entries, longest first. */
    private String expand(String regex, Line line) {
        Matcher m = LIST_REF.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> entries = lists.get(m.group(1));
            if (entries == null) {
                throw new RuleSetException(line.where() + ": unknown word list '%" + m.group(1) + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(alternation(entries)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A word list as a regex factored by common prefixes ("jan(?:uary)?|ju(?:ne|ly|n|l)"), so that the engine
     * decides on the first letters instead of trying every entry in turn; longer entries are preferred.
     */
    static String alternation(List<String> entries) {
        Trie root = new Trie();
        for (String e : entries) {
            Trie node = root;
            String normal = e.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (int i = 0; i < normal.length(); i++) {
                node = node.children.computeIfAbsent(normal.charAt(i), k -> new Trie());
            }
            node.terminal = true;
        }
        return "(?:" + root.regex() + ")";
    }

    /** A character trie of word-list entries. */
    private static final class Trie {
        final TreeMap<Character, Trie> children = new TreeMap<>();
        boolean terminal;

        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, Trie> c : children.entrySet()) {
                branches.add(literal(c.getKey()) + c.getValue().regex());
            }
            if (branches.isEmpty()) {
                return "";
            }
            String alt = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            if (!terminal) {
                return alt;
            }
            return branches.size() == 1 && alt.length() == 1 ? alt + "?" : "(?:" + alt + ")?";
        }

        private static String literal(char c) {
            if (c == ' ') {
                return SPACE;
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }

    private static List<String> words(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.text);
        }
        return out;
    }

    /** A content line of a data file; comments and blank lines are dropped, EXAMPLE comments kept. */
    private record Line(String file, int number, String text, String example) {
        String where() {
            return file + ":" + number;
        }
    }

    private static List<Line> read(String folder, String file) {
        String path = folder + "/" + file;
        InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleSetException("missing rule data file " + path);
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                String t = s.strip();
                if (t.startsWith("// EXAMPLE:")) {
                    lines.add(new Line(file, n, null, t.substring("// EXAMPLE:".length()).strip()));
                } else if (!t.isEmpty() && !t.startsWith("//")) {
                    lines.add(new Line(file, n, t, null));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException("cannot read " + path, e);
        }
        return lines;
    }
}
