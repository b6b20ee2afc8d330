package org.diplocal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.diplocal.directory.Country;
import org.diplocal.directory.Official;
import org.diplocal.directory.Topic;
import org.diplocal.engagement.EngagementFilter;

import java.util.Locale;
import java.util.Optional;

/** Names the feeds the directory offers; a key with no directory entry has no feed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedCatalog {

    static final String PREFIX = "diplocal — ";

    public Optional<FeedDefinition> find(FeedKey key) {
        return switch (key.kind()) {
            case ALL -> Optional.of(all());
            case OFFICIAL -> Official.bySlug(key.id()).map(FeedCatalog::official);
            case COUNTRY -> Country.<Country>findByIdOptional(key.id().toUpperCase(Locale.ROOT)).map(FeedCatalog::country);
            case TOPIC -> Topic.<Topic>findByIdOptional(key.id()).map(FeedCatalog::topic);
        };
    }

    static FeedDefinition all() {
        return new FeedDefinition(FeedKey.ALL, PREFIX + "all engagements",
                "Every scheduled diplomatic engagement diplocal has drawn from news reports.", EngagementFilter.ALL);
    }

    public static FeedDefinition official(Official o) {
        String who = o.name + (o.role == null ? "" : ", " + o.role) + (o.country == null ? "" : " (" + o.country + ")");
        return new FeedDefinition(FeedKey.official(o.slug), PREFIX + o.name,
                "Scheduled engagements of " + who + ", drawn from news reports.", EngagementFilter.official(o.slug));
    }

    public static FeedDefinition country(Country c) {
        return new FeedDefinition(FeedKey.country(c.iso2), PREFIX + c.name,
                "Scheduled diplomatic engagements involving " + c.name + ", drawn from news reports.",
                EngagementFilter.country(c.iso2));
    }

    public static FeedDefinition topic(Topic t) {
        return new FeedDefinition(FeedKey.topic(t.slug), PREFIX + t.label,
                "Scheduled diplomatic engagements on " + t.label.toLowerCase(Locale.ROOT) + ", drawn from news reports.",
                EngagementFilter.topic(t.slug));
    }
}
