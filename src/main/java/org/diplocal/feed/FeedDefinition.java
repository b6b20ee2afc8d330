package org.diplocal.feed;

import org.diplocal.engagement.EngagementFilter;

/** What a feed is called and which engagements it holds. */
public record FeedDefinition(FeedKey key, String name, String description, EngagementFilter filter) {
}
