package org.diplocal.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.diplocal.directory.Country;
import org.diplocal.directory.Topic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Display names of countries and topics by code; the directory writes them at start only, so they are read once (inside the first page request). */
@ApplicationScoped
public class Names {

    private final Map<String, String> countries = new ConcurrentHashMap<>();
    private final Map<String, String> topics = new ConcurrentHashMap<>();

    void load() {
        if (countries.isEmpty()) {
            Country.<Country>listAll().forEach(c -> countries.put(c.iso2, c.name));
            Topic.<Topic>listAll().forEach(t -> topics.put(t.slug, t.label));
        }
    }

    /** "South Korea" for KR; the code itself for one the directory does not know. */
    String country(String iso2) {
        if (iso2 == null) {
            return null;
        }
        load();
        return countries.getOrDefault(iso2, iso2);
    }

    String topic(String slug) {
        load();
        return topics.getOrDefault(slug, slug);
    }

}
