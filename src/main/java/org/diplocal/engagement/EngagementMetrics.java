package org.diplocal.engagement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diplocal_engagements{status}}: how many engagements stand in each status. Counted when a scrape
 * asks after a change, at most every few seconds, so that a burst of ingestion does not count once per
 * report.
 */
@ApplicationScoped
public class EngagementMetrics {

    private static final long RECOUNT_AFTER_NANOS = 5_000_000_000L;

    private volatile boolean changed = true;
    private volatile long countedAt;
    private volatile Map<EngagementStatus, Long> counts = Map.of();

    EngagementMetrics(MeterRegistry registry) {
        for (EngagementStatus status : EngagementStatus.values()) {
            Gauge.builder("diplocal.engagements", this, m -> m.count(status))
                    .description("Engagements stored, by status").tag("status", status.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EngagementsChanged change) {
        changed = true;
    }

    private double count(EngagementStatus status) {
        long now = System.nanoTime();
        if (changed && now - countedAt > RECOUNT_AFTER_NANOS) {
            synchronized (this) {
                if (changed && now - countedAt > RECOUNT_AFTER_NANOS) {
                    changed = false;
                    countedAt = now;
                    counts = recount();
                }
            }
        }
        return counts.getOrDefault(status, 0L);
    }

    private static Map<EngagementStatus, Long> recount() {
        Map<EngagementStatus, Long> fresh = new EnumMap<>(EngagementStatus.class);
        QuarkusTransaction.requiringNew().run(() -> Engagement.getEntityManager()
                .createQuery("select e.status, count(e) from Engagement e group by e.status", Object[].class)
                .getResultList().forEach(row -> fresh.put((EngagementStatus) row[0], (Long) row[1])));
        return fresh;
    }
}
