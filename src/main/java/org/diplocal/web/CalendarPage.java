package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementFilter;
import org.diplocal.engagement.EngagementQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** {@code /calendar?month=YYYY-MM}: a month grid of engagements, narrowed like the API by official, country and topic. */
@Path("/calendar")
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarPage {

    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,119}";

    @Inject
    EngagementQuery query;

    @Inject
    Rows rows;

    @Inject
    Listing listing;

    @Inject
    FeedEntries feeds;

    /** The narrowing chosen, each part null when not chosen. */
    public record Filter(String official, String country, String topic) {
        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "official", official);
            append(q, "country", country);
            append(q, "topic", topic);
            return q.toString();
        }

        public boolean any() {
            return official != null || country != null || topic != null;
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    public record Month(String label, String iso, Filter filter, List<MonthGrid.Week> weeks, int count,
                       String previous, String previousLabel, String next, String nextLabel,
                       List<FeedEntry> officials, List<FeedEntry> countries, List<FeedEntry> topics) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(Month month);
    }

    @GET
    public TemplateInstance calendar(@QueryParam("month") String month, @QueryParam("official") String official,
                                     @QueryParam("country") String country, @QueryParam("topic") String topic) {
        Filter filter = new Filter(slug("official", official), country(country), slug("topic", topic));
        EngagementFilter narrowing = new EngagementFilter(null, null, filter.official(),
                filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT), filter.topic(), null, false);
        YearMonth shown = month == null || month.isBlank() ? defaultMonth(narrowing) : month(month);
        EngagementFilter inMonth = new EngagementFilter(MonthGrid.firstShown(shown), MonthGrid.lastShown(shown),
                narrowing.official(), narrowing.country(), narrowing.topic(), null, false);
        List<EngagementRow> found = rows.of(query.list(inMonth));
        YearMonth before = shown.minusMonths(1);
        YearMonth after = shown.plusMonths(1);
        String q = filter.query();
        long inThisMonth = found.stream().filter(r -> !r.end().isBefore(shown.atDay(1)) && !r.start().isAfter(shown.atEndOfMonth())).count();
        return Templates.calendar(new Month(Dates.month(shown.atDay(1)), shown.toString(), filter,
                MonthGrid.of(shown, found, listing.today()), (int) inThisMonth,
                "/calendar?month=" + before + q, Dates.month(before.atDay(1)),
                "/calendar?month=" + after + q, Dates.month(after.atDay(1)),
                feeds.officials(), feeds.countries(), feeds.topics()));
    }

    /** This month when it has engagements; else the month of the next one; else of the latest one. */
    private YearMonth defaultMonth(EngagementFilter narrowing) {
        LocalDate today = listing.today();
        EngagementFilter ahead = new EngagementFilter(today, null, narrowing.official(), narrowing.country(),
                narrowing.topic(), null, false);
        List<Engagement> next = query.page(ahead, null, 1).items();
        if (!next.isEmpty()) {
            LocalDate start = next.get(0).startDate;
            return YearMonth.from(start.isBefore(today) ? today : start);
        }
        List<Engagement> all = query.list(narrowing);
        return all.isEmpty() ? YearMonth.from(today) : YearMonth.from(all.get(all.size() - 1).startDate);
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PageProblem.badRequest("'month' must be a month of the form YYYY-MM, such as 2025-11.");
        }
    }

    private static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().toLowerCase(Locale.ROOT);
        if (!s.matches(SLUG)) {
            throw PageProblem.badRequest("'" + name + "' must be a slug as /api/officials and /api/topics list them, such as defence.");
        }
        return s;
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().toLowerCase(Locale.ROOT);
        if (!s.matches("[a-z]{2}")) {
            throw PageProblem.badRequest("'country' must be an ISO 3166-1 alpha-2 code, such as kr.");
        }
        return s;
    }
}
