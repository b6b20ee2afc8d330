package org.diplocal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.directory.DirectoryResource;
import org.diplocal.feed.FeedCatalog;
import org.diplocal.feed.FeedDefinition;
import org.diplocal.feed.FeedKey;
import org.diplocal.feed.FeedLinks;

import java.util.List;
import java.util.Optional;

/**
 * The feeds the pages offer, with counts and subscribe links taken from the directory API itself,
 * so a button on a page always carries the same link as {@code /api/officials} and its kin.
 */
@ApplicationScoped
public class FeedEntries {

    @Inject
    DirectoryResource directory;

    @Inject
    FeedCatalog catalog;

    @Inject
    FeedLinks links;

    @Inject
    Names names;

    public List<FeedEntry> officials() {
        return directory.officials().stream()
                .map(o -> new FeedEntry("official-" + o.slug(), o.slug(), o.name(), null,
                        detail(o.role(), names.country(o.country())), o.engagements(), "/officials/" + o.slug(), o.feeds(),
                        Search.text(o.name(), o.role(), names.country(o.country()))))
                .toList();
    }

    /** Countries with engagements. */
    public List<FeedEntry> countries() {
        return directory.countries(false).stream()
                .map(c -> new FeedEntry("country-" + c.iso2().toLowerCase(java.util.Locale.ROOT), c.iso2().toLowerCase(java.util.Locale.ROOT), c.name(), null, c.iso2(), c.engagements(),
                        "/countries/" + c.iso2().toLowerCase(java.util.Locale.ROOT), c.feeds(), Search.text(c.name(), c.iso2(), c.demonym())))
                .toList();
    }

    public List<FeedEntry> topics() {
        return directory.topics().stream()
                .map(t -> new FeedEntry("topic-" + t.slug(), t.slug(), t.label(), null, t.description(), t.engagements(),
                        "/topics/" + t.slug(), t.feeds(), Search.text(t.label(), t.slug(), t.description())))
                .toList();
    }

    /** One feed with its links, or empty when the directory has no such official, country or topic. */
    public Optional<FeedEntry> one(FeedKey key, String href, long count) {
        return catalog.find(key).map(def -> entry(def, href, count));
    }

    private FeedEntry entry(FeedDefinition def, String href, long count) {
        String id = def.key().kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + def.key().id();
        return new FeedEntry(id, def.key().id(), def.name(), def.name(), def.description(), count, href,
                links.of(def.key(), def.name()), Search.text(def.name()));
    }

    private static String detail(String role, String country) {
        if (role == null) {
            return country;
        }
        return country == null ? role : role + ", " + country;
    }
}
