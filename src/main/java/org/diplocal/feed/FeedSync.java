package org.diplocal.feed;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps this instance's feed cache in step with changes made by other instances on the same database.
 * Every {@code diplocal.feeds.sync-interval} a worker thread reads {@link FeedVersion}; when it moved past
 * what this instance has seen, the cache is emptied and the next request renders afresh. Changes made
 * here empty the cache at once after commit ({@link FeedCache}) and are noted as seen, so they cost no
 * second rendering. Feed requests never wait for this: they are answered from the cache as before.
 */
@ApplicationScoped
public class FeedSync {

    private static final Logger LOG = Logger.getLogger(FeedSync.class);

    @Inject
    FeedVersion version;

    @Inject
    FeedCache cache;

    /** The newest version whose changes this instance's cache reflects; -1 before the first read. */
    private final AtomicLong seen = new AtomicLong(-1);
    private volatile boolean failing;

    void onStart(@Observes StartupEvent start) {
        version.onCommitHere(v -> seen.accumulateAndGet(v, Math::max));
        poll();
    }

    /** Compares the database's version with what this instance has seen, emptying the cache when it moved. */
    @Scheduled(identity = "feed-sync", every = "${diplocal.feeds.sync-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        long before = seen.get();
        long now;
        try {
            now = version.current();
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.warnf("Cannot read feed_version (%s); feeds may lag changes made by other instances until it can",
                        e.getMessage());
                failing = true;
            }
            return;
        }
        if (failing) {
            LOG.info("feed_version readable again");
            failing = false;
        }
        if (now > before) {
            seen.accumulateAndGet(now, Math::max);
            if (before >= 0) {
                cache.invalidate();
                LOG.debugf("feed_version %d -> %d: engagements changed elsewhere; feeds re-render", before, now);
            }
        } else if (now < before && seen.compareAndSet(before, now)) {
            // The database went back (restored from a backup): what is cached may be newer than what it holds.
            cache.invalidate();
            LOG.infof("feed_version went back from %d to %d (database restored?); feeds re-render", before, now);
        }
    }

    /** The version this instance's cache reflects. */
    public long seen() {
        return seen.get();
    }
}
