package org.diplocal.engagement;

import java.time.LocalDate;

/**
 * Which engagements to read: each field, when not null, narrows the selection. {@code from}/{@code to}
 * keep engagements whose dates overlap that range.
 */
public record EngagementFilter(LocalDate from, LocalDate to, String official, String country, String topic,
                               EngagementStatus status, boolean withoutCancelled) {

    /** The same selection, kept to engagements that have not ended before {@code day}. */
    public EngagementFilter notEndedBefore(LocalDate day) {
        return new EngagementFilter(day, to, official, country, topic, status, withoutCancelled);
    }

    public static final EngagementFilter ALL = new EngagementFilter(null, null, null, null, null, null, false);

    public static EngagementFilter official(String slug) {
        return new EngagementFilter(null, null, slug, null, null, null, false);
    }

    public static EngagementFilter country(String iso2) {
        return new EngagementFilter(null, null, null, iso2, null, null, false);
    }

    public static EngagementFilter topic(String slug) {
        return new EngagementFilter(null, null, null, null, slug, null, false);
    }
}
