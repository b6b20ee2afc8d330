package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.diplocal.directory.Country;
import org.diplocal.directory.Official;
import org.diplocal.directory.Topic;
import org.diplocal.engagement.EngagementFilter;
import org.diplocal.engagement.EngagementQuery;
import org.diplocal.feed.FeedKey;

import java.util.List;
import java.util.Locale;

/** One page per feed: an official's, a country's or a topic's engagements with its subscribe buttons. */
@Path("/")
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryPages {

    static final int ENGAGEMENTS = 50;

    @Inject
    Listing listing;

    @Inject
    FeedEntries feeds;

    @Inject
    EngagementQuery query;

    @Inject
    Rows rows;

    @Inject
    Names names;

    /**
     * @param heading  the official's, country's or topic's name
     * @param about    a line under the heading, or null
     * @param calendar the month calendar narrowed to this feed
     * @param trips    an official's trips (empty for countries and topics)
     */
    public record FeedPage(String heading, String about, FeedEntry feed, String calendar, Listing.Lists lists,
                           List<Trips.Trip> trips) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(FeedPage page);
    }

    @GET
    @Path("officials/{slug}")
    public TemplateInstance official(@PathParam("slug") String slug) {
        Official o = Official.bySlug(slug).orElseThrow(() -> PageProblem.notFound(
                "No official has the address '" + slug + "'. The front page lists every official."));
        EngagementFilter filter = EngagementFilter.official(o.slug);
        String about = String.join(", ", java.util.stream.Stream.of(o.role, names.country(o.country))
                .filter(s -> s != null && !s.isBlank()).toList());
        List<Trips.Trip> trips = Trips.of(rows.of(query.list(filter)));
        return page(o.name, about.isEmpty() ? null : about, FeedKey.official(o.slug), "/officials/" + o.slug,
                "official=" + o.slug, filter, trips);
    }

    @GET
    @Path("countries/{iso2}")
    public TemplateInstance country(@PathParam("iso2") String iso2) {
        Country c = iso2.matches("[A-Za-z]{2}") ? Country.findById(iso2.toUpperCase(Locale.ROOT)) : null;
        if (c == null) {
            throw PageProblem.notFound("No country has the code '" + iso2
                    + "'. Countries are named by their ISO 3166-1 alpha-2 code, such as /countries/kr.");
        }
        String code = c.iso2.toLowerCase(Locale.ROOT);
        String about = c.capital == null ? null : "Capital: " + c.capital;
        return page(c.name, about, FeedKey.country(c.iso2), "/countries/" + code, "country=" + code,
                EngagementFilter.country(c.iso2), List.of());
    }

    @GET
    @Path("topics/{slug}")
    public TemplateInstance topic(@PathParam("slug") String slug) {
        Topic t = Topic.<Topic>findByIdOptional(slug).orElseThrow(() -> PageProblem.notFound(
                "No topic has the address '" + slug + "'. The front page lists every topic."));
        return page(t.label, t.description, FeedKey.topic(t.slug), "/topics/" + t.slug, "topic=" + t.slug,
                EngagementFilter.topic(t.slug), List.of());
    }

    private TemplateInstance page(String heading, String about, FeedKey key, String href, String calendarQuery,
                                  EngagementFilter filter, List<Trips.Trip> trips) {
        FeedEntry feed = feeds.one(key, href, query.count(filter)).orElseThrow();
        return Templates.feed(new FeedPage(heading, about, feed, "/calendar?" + calendarQuery,
                listing.of(filter, "", ENGAGEMENTS), trips));
    }
}
