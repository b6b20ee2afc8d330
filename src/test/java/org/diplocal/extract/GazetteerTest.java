package org.diplocal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void holdsEveryIsoCountryWithCapitalAndZone() {
        assertTrue(gazetteer.countries().size() >= 240);
        Gazetteer.CountryInfo pl = gazetteer.country("pl").orElseThrow();
        assertEquals("Poland", pl.name());
        assertEquals("Polish", pl.demonym());
        assertEquals("Warsaw", pl.capital());
        assertEquals("Europe/Warsaw", pl.capitalZone());
    }

    @Test
    void findsCountriesByAliasAndDemonym() {
        assertEquals("KR", gazetteer.countryNamed("Republic of Korea").orElseThrow().iso2());
        assertEquals("US", gazetteer.countryNamed("U.S.").orElseThrow().iso2());
        assertEquals("AR", gazetteer.countryNamed("Argentine").orElseThrow().iso2());
        assertEquals("GB", gazetteer.countryNamed("Britain").orElseThrow().iso2());
        assertTrue(gazetteer.countryNamed("Ministry").isEmpty());
    }

    @Test
    void ranksCitiesOfTheSameNameByPopulation() {
        Gazetteer.CityInfo first = gazetteer.cities("Alexandria").get(0);
        assertEquals("EG", first.country());
        assertEquals("Africa/Cairo", first.zone());
    }

    @Test
    void findsCapitalEvenWhenTheListSpellsItDifferently() {
        assertEquals("America/New_York", gazetteer.capitalOf("US").orElseThrow().zone());
        assertEquals("Santiago", gazetteer.capitalOf("CL").orElseThrow().name());
    }

    @Test
    void findsCitiesByTheirEnglishNames() {
        for (String english : List.of("Geneva", "Cologne", "Seville", "Munich", "Prague", "Vienna", "Lisbon", "Brussels", "The Hague",
                "Belgrade", "Bogota", "Zurich", "Tromso")) {
            assertTrue(gazetteer.entries(Tokenizer.key(english)).stream().anyMatch(e -> e.kind() == Gazetteer.Kind.CITY), english);
        }
    }
}
