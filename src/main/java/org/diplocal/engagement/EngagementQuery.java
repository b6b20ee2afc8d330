package org.diplocal.engagement;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads engagements in their one stable order: by start date, then by when they were stored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EngagementQuery {

    /** Where the previous page ended. */
    public record Position(LocalDate start, long id) {
    }

    public record Page(List<Engagement> items, Position next) {
    }

    public List<Engagement> list(EngagementFilter filter) {
        return select(filter, null, Integer.MAX_VALUE);
    }

    public Page page(EngagementFilter filter, Position after, int limit) {
        List<Engagement> rows = select(filter, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<Engagement> items = new ArrayList<>(rows.subList(0, limit));
        Engagement last = items.get(items.size() - 1);
        return new Page(items, new Position(last.startDate, last.id));
    }

    /** Engagements of the selection that ended before {@code day}, the most recent first, a batch at a time. */
    public List<Engagement> endedBefore(EngagementFilter filter, LocalDate day, int offset, int limit) {
        Parameters params = new Parameters();
        String where = where(filter, null, params) + " and e.endDate < :endedBefore";
        params.and("endedBefore", day);
        return Engagement.<Engagement>find(where + " order by e.endDate desc, e.id desc", params)
                .range(offset, offset + limit - 1).list();
    }

    public long count(EngagementFilter filter) {
        Parameters params = new Parameters();
        return Engagement.count(where(filter, null, params), params);
    }

    private static List<Engagement> select(EngagementFilter filter, Position after, int max) {
        Parameters params = new Parameters();
        String where = where(filter, after, params);
        return Engagement.<Engagement>find(where + " order by e.startDate, e.id", params)
                .range(0, max == Integer.MAX_VALUE ? Integer.MAX_VALUE - 1 : max - 1)
                .list();
    }

    private static String where(EngagementFilter f, Position after, Parameters params) {
        StringBuilder q = new StringBuilder("from Engagement e where 1 = 1");
        if (f.from() != null) {
            q.append(" and e.endDate >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and e.startDate <= :to");
            params.and("to", f.to());
        }
        if (f.official() != null) {
            q.append(" and exists (select 1 from Engagement e2 join e2.participants p where e2 = e and p.slug = :official)");
            params.and("official", f.official());
        }
        if (f.country() != null) {
            q.append(" and :country member of e.countries");
            params.and("country", f.country());
        }
        if (f.topic() != null) {
            q.append(" and :topic member of e.topics");
            params.and("topic", f.topic());
        }
        if (f.status() != null) {
            q.append(" and e.status = :status");
            params.and("status", f.status());
        } else if (f.withoutCancelled()) {
            q.append(" and e.status <> :cancelled");
            params.and("cancelled", EngagementStatus.CANCELLED);
        }
        if (after != null) {
            q.append(" and (e.startDate > :afterStart or (e.startDate = :afterStart and e.id > :afterId))");
            params.and("afterStart", after.start()).and("afterId", after.id());
        }
        return q.toString();
    }
}
