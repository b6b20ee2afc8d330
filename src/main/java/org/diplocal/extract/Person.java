package org.diplocal.extract;

import java.util.Arrays;

/** An official named in one report; role and country fill in as later mentions tell more. */
final class Person {
    String name;
    String[] nameKeys;
    String role;
    String domain;
    String country;
    /**
     * The country is the report's most told one that none of the person's engagements is in, told too few times over
     * the others to be sure of (DraftWriter.homeCountries): good enough to place "X will host Y" at X's home, too often
     * wrong to publish as X's country.
     */
    boolean countryGuessed;
    int mentions;
    int speakerMentions;
    /** mentions as the one met, hosted or inviting ("talks with X", "hosted by X", "at the invitation of X") */
    int receivingMentions;
    boolean everCurrent;
    /** courtesies told before the name though an office is the role: "Defence Minister Prince X" is "the prince" */
    private java.util.Set<String> styles = java.util.Set.of();

    Person(String name, String role, String domain, String country) {
        this.name = name;
        this.nameKeys = Tokenizer.key(name).split(" ");
        this.role = role;
        this.domain = domain;
        this.country = country;
    }

    /** "Kerry" told first, "John Kerry" later: one person, known by the full name from now on. */
    void rename(String fullName) {
        this.name = fullName;
        this.nameKeys = Tokenizer.key(fullName).split(" ");
    }

    String first() {
        return nameKeys[0];
    }

    String last() {
        return nameKeys[nameKeys.length - 1];
    }

    /**
     * A later mention by one part of the name: "Mondino", "Lula" (of Luiz Inacio Lula da Silva), "Sisi". Two-letter
     * parts answer only as the first of a name, where Chinese and Korean names put the family name ("Xi", "Li").
     */
    boolean answersTo(String key) {
        if (nameKeys.length < 2 || key.length() < 2) {
            return false;
        }
        if (key.length() == 2) {
            return key.equals(nameKeys[0]) && nameKeys.length <= 3;
        }
        for (String k : nameKeys) {
            if (k.equals(key) || k.endsWith("-" + key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one with {@code role} is "the minister" of a report: the office with its portfolio ("Minister of
     * International Relations and Cooperation"), not a deputy's or an assistant's office of the same name.
     */
    static boolean holdsOffice(String role, String office) {
        if (role == null) {
            return false;
        }
        String r = role.toLowerCase();
        return r.startsWith(office + " of ") || r.startsWith(office + " for ");
    }

    /** "Minister" and "Minister of Foreign Affairs": one office, told bare and in full; not "First Lady" and "President". */
    static boolean sameOffice(String a, String b) {
        String x = a.toLowerCase();
        String y = b.toLowerCase();
        return x.equals(y) || y.startsWith(x + " ") || x.startsWith(y + " ");
    }

    /** Most people have no courtesy: the set is made only for those who do. */
    void addStyle(String courtesy) {
        if (styles.isEmpty()) {
            styles = new java.util.HashSet<>(2);
        }
        styles.add(courtesy);
    }

    boolean hasStyle(String courtesy) {
        return styles.contains(courtesy);
    }

    DraftPerson draft() {
        return new DraftPerson(name, role, countryGuessed ? null : country);
    }

    @Override
    public String toString() {
        return name + Arrays.asList(role, country);
    }
}
