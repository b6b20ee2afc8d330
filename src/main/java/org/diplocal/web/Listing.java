package org.diplocal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementFilter;
import org.diplocal.engagement.EngagementQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The "upcoming and recent" lists of a page: engagements still ahead (ending today or later) in date
 * order, and those already over, newest first, each narrowed by the search box and cut to a length.
 */
@ApplicationScoped
public class Listing {

    @Inject
    EngagementQuery query;

    @Inject
    Rows rows;

    Clock clock = Clock.systemDefaultZone();

    public record Lists(List<EngagementRow> upcoming, int upcomingTotal, List<EngagementRow> recent, int recentTotal) {
        public boolean empty() {
            return upcoming.isEmpty() && recent.isEmpty();
        }
    }

    /** Sets the clock "today" is read from: upcoming and recent, and the calendar's first month, depend on it. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code base} gives the official, country or topic; its dates are ignored. */
    public Lists of(EngagementFilter base, String q, int max) {
        LocalDate today = today();
        EngagementFilter all = new EngagementFilter(null, null, base.official(), base.country(), base.topic(), null, false);
        List<EngagementRow> upcoming = new ArrayList<>();
        List<EngagementRow> recent = new ArrayList<>();
        for (Engagement e : query.list(all)) {
            EngagementRow row = rows.of(e);
            if (Search.matches(q, row.search())) {
                (e.endDate.isBefore(today) ? recent : upcoming).add(row);
            }
        }
        Collections.reverse(recent);
        return new Lists(cut(upcoming, max), upcoming.size(), cut(recent, max), recent.size());
    }

    private static List<EngagementRow> cut(List<EngagementRow> list, int max) {
        return list.size() <= max ? list : List.copyOf(list.subList(0, max));
    }
}
