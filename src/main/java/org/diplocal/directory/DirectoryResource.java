package org.diplocal.directory;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.diplocal.feed.FeedCatalog;
import org.diplocal.feed.FeedLinks;

import java.util.List;
import java.util.Map;

/** The officials, countries and topics that have feeds, each with its subscribe links. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryResource {

    @Inject
    FeedLinks links;

    @Inject
    DirectoryCounts counts;

    public record OfficialView(String slug, String name, String role, String country, long engagements,
                               FeedLinks.Links feeds) {
    }

    public record CountryView(String iso2, String name, String demonym, String capital, long engagements,
                              FeedLinks.Links feeds) {
    }

    public record TopicView(String slug, String label, String description, long engagements, FeedLinks.Links feeds) {
    }

    @GET
    @Path("officials")
    public List<OfficialView> officials() {
        Map<Long, Long> count = counts.byOfficial();
        return Official.<Official>list("order by name").stream()
                .map(o -> new OfficialView(o.slug, o.name, o.role, o.country, count.getOrDefault(o.id, 0L),
                        links.of(FeedCatalog.official(o))))
                .toList();
    }

    /** Countries with engagements; {@code ?all=true} lists every country, since each has a feed. */
    @GET
    @Path("countries")
    public List<CountryView> countries(@QueryParam("all") boolean all) {
        Map<String, Long> count = counts.byCountry();
        return Country.<Country>list("order by name").stream()
                .filter(c -> all || count.containsKey(c.iso2))
                .map(c -> new CountryView(c.iso2, c.name, c.demonym, c.capital, count.getOrDefault(c.iso2, 0L),
                        links.of(FeedCatalog.country(c))))
                .toList();
    }

    @GET
    @Path("topics")
    public List<TopicView> topics() {
        Map<String, Long> count = counts.byTopic();
        return Topic.<Topic>list("order by label").stream()
                .map(t -> new TopicView(t.slug, t.label, t.description, count.getOrDefault(t.slug, 0L),
                        links.of(FeedCatalog.topic(t))))
                .toList();
    }
}
