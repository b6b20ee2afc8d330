package org.diplocal.extract;

/** Tokens {@code from..to} refer to a country: by name, demonym, capital-as-government or organisation. */
record CountryMention(int from, int to, String iso2, boolean demonym) {
}
