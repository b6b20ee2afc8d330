package org.diplocal.extract;

/**
 * A place named in a sentence: a country, a city, a venue or an organisation's seat.
 * {@code possessive}: followed by "'s" ("Warsaw's push"), so it stands for the government, not a place. A
 * {@code TOWN} is one the gazetteer lacks, read from how it is told ("will fly to Mangochi, on the lake"), its country
 * known only when the sentence gives it.
 */
record PlaceMention(int from, int to, Kind kind, String name, String country, Gazetteer.CityInfo city, boolean possessive) implements TokenSpan {
    enum Kind { COUNTRY, CITY, VENUE, ORGANISATION, TOWN }
}
