package org.diplocal.extract;

import java.util.Arrays;

/** An official named in one report; role and country fill in as later mentions tell more. */
final class Person {
    final String name;
    final String[] nameKeys;
    String role;
    String domain;
    String country;
    int mentions;
    int speakerMentions;
    boolean everCurrent;

    Person(String name, String role, String domain, String country) {
        this.name = name;
        this.nameKeys = Tokenizer.key(name).split(" ");
        this.role = role;
        this.domain = domain;
        this.country = country;
    }

    String first() {
        return nameKeys[0];
    }

    String last() {
        return nameKeys[nameKeys.length - 1];
    }

    boolean answersTo(String key) {
        return nameKeys.length > 1 && (first().equals(key) || last().equals(key));
    }

    DraftPerson draft() {
        return new DraftPerson(name, role, country);
    }

    @Override
    public String toString() {
        return name + Arrays.asList(role, country);
    }
}
