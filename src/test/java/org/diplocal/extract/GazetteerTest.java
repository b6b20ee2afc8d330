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
    void anEnglishNameIsTheCityWhoseNameItBeginsNotTheNearestNeighbourhood() {
        assertTrue(gazetteer.entries(Tokenizer.key("New York")).stream()
                .anyMatch(e -> e.kind() == Gazetteer.Kind.CITY && e.city().name().equals("New York City")));
    }

    @Test
    void findsCitiesByTheirEnglishNames() {
        for (String english : List.of("Geneva", "Cologne", "Seville", "Munich", "Prague", "Vienna", "Lisbon", "Brussels", "The Hague",
                "Belgrade", "Bogota", "Zurich", "Tromso")) {
            assertTrue(gazetteer.entries(Tokenizer.key(english)).stream().anyMatch(e -> e.kind() == Gazetteer.Kind.CITY), english);
        }
    }

    @Test
    void givesASharedDemonymToTheSovereignState() {
        assertEquals("US", gazetteer.countryNamed("American").orElseThrow().iso2());
        assertEquals("FR", gazetteer.countryNamed("French").orElseThrow().iso2());
        assertEquals("NO", gazetteer.countryNamed("Norwegian").orElseThrow().iso2());
    }

    @Test
    void givesASharedDemonymOfTwoStatesToTheLarger() {
        assertEquals("CD", gazetteer.countryNamed("Congolese").orElseThrow().iso2());
        assertEquals("DO", gazetteer.countryNamed("Dominican").orElseThrow().iso2());
    }

    @Test
    void knowsTheShortNationalityAdjectives() {
        assertEquals("SA", gazetteer.countryNamed("Saudi").orElseThrow().iso2());
        assertEquals("TJ", gazetteer.countryNamed("Tajik").orElseThrow().iso2());
        assertEquals("SI", gazetteer.countryNamed("Slovenian").orElseThrow().iso2());
        assertEquals("UZ", gazetteer.countryNamed("Uzbek").orElseThrow().iso2());
    }

    @Test
    void knowsRegionsAsNoCountry() {
        assertEquals(2, gazetteer.regionAt(Tokenizer.tokenize("Western Africa"), 0));
        assertEquals(3, gazetteer.regionAt(Tokenizer.tokenize("Horn of Africa"), 0));
        assertEquals(0, gazetteer.regionAt(Tokenizer.tokenize("Ghana"), 0));
        assertTrue(gazetteer.countryNamed("Europe").isEmpty());
    }

    @Test
    void aCityRenamedSinceThePackageWasMadeCarriesItsNameOfToday() {
        assertEquals("Astana", gazetteer.capitalOf("KZ").orElseThrow().name());
        assertEquals("Ulaanbaatar", gazetteer.capitalOf("MN").orElseThrow().name());
        assertEquals("Astana", gazetteer.cities("Nur-Sultan").get(0).name()); // the package's name is still read
    }
}
