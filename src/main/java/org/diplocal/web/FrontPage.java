package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.diplocal.engagement.EngagementFilter;
import org.diplocal.engagement.EngagementQuery;
import org.diplocal.feed.FeedKey;

import java.util.List;

/** The front page: what diplocal is, the next (or latest) engagements, and every feed to subscribe to. */
@Path("/")
@Transactional(Transactional.TxType.SUPPORTS)
public class FrontPage {

    static final int ENGAGEMENTS = 12;

    @Inject
    Listing listing;

    @Inject
    FeedEntries feeds;

    @Inject
    EngagementQuery query;

    /**
     * @param q         the search as typed, or empty
     * @param all       the feed of every engagement
     * @param officials officials matching the search
     */
    public record Front(String q, FeedEntry all, Listing.Lists lists, List<FeedEntry> officials,
                        List<FeedEntry> countries, List<FeedEntry> topics) {
        public boolean searching() {
            return !q.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance front(Front page);
    }

    @GET
    public TemplateInstance front(@QueryParam("q") String query) {
        String q = Search.clean(query);
        FeedEntry all = feeds.one(FeedKey.ALL, "/", this.query.count(EngagementFilter.ALL)).orElseThrow();
        return Templates.front(new Front(q, all, listing.of(EngagementFilter.ALL, q, ENGAGEMENTS),
                narrow(feeds.officials(), q), narrow(feeds.countries(), q), narrow(feeds.topics(), q)));
    }

    private static List<FeedEntry> narrow(List<FeedEntry> entries, String q) {
        return entries.stream().filter(f -> Search.matches(q, f.search())).toList();
    }
}
