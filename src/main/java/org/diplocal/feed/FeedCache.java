package org.diplocal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.diplocal.engagement.EngagementsChanged;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds rendered once per change and kept in memory. A request that finds its feed here touches neither
 * the database nor iCal4j; a change empties the cache once it has committed, and concurrent requests for a
 * feed that is being rendered wait for that one rendering.
 */
@ApplicationScoped
public class FeedCache {

    /** Cap on remembered answers for feeds that do not exist, so random paths cannot fill memory. */
    private static final int MAX_MISSING = 10_000;

    @Inject
    FeedRenderer renderer;

    private final ConcurrentHashMap<FeedKey, CompletableFuture<RenderedFeed>> feeds = new ConcurrentHashMap<>();

    /** The feed if it is rendered and still right for {@code today}; never blocks. */
    public RenderedFeed peek(FeedKey key, LocalDate today) {
        CompletableFuture<RenderedFeed> slot = feeds.get(key);
        if (slot == null || !slot.isDone() || slot.isCompletedExceptionally()) {
            return null;
        }
        RenderedFeed feed = slot.join();
        return feed.renderedOn().equals(today) ? feed : null;
    }

    /** The feed, rendering it on this (blocking) thread unless another thread already is. */
    public RenderedFeed load(FeedKey key, LocalDate today) {
        while (true) {
            CompletableFuture<RenderedFeed> mine = new CompletableFuture<>();
            CompletableFuture<RenderedFeed> slot = feeds.compute(key, (k, old) -> usable(old, today) ? old : mine);
            if (slot == mine) {
                try {
                    RenderedFeed feed = renderer.render(key, today);
                    mine.complete(feed);
                    if (!feed.exists() && feeds.size() > MAX_MISSING) {
                        feeds.remove(key, mine);
                    }
                    return feed;
                } catch (RuntimeException e) {
                    feeds.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            RenderedFeed feed = slot.join();
            if (feed.renderedOn().equals(today)) {
                return feed;
            }
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EngagementsChanged change) {
        invalidate();
    }

    /** Forgets every rendered feed; the next request for each renders it again. */
    public void invalidate() {
        feeds.clear();
    }

    private static boolean usable(CompletableFuture<RenderedFeed> slot, LocalDate today) {
        if (slot == null || slot.isCompletedExceptionally()) {
            return false;
        }
        return !slot.isDone() || slot.join().renderedOn().equals(today);
    }
}
