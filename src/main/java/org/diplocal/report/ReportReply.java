package org.diplocal.report;

import org.diplocal.engagement.EngagementView;

import java.util.List;

/**
 * What {@code POST /api/reports} answers: the report's id, every engagement drawn from it, and how many of
 * those the report added, changed or left as they were ({@code changes} is all zero when the same text
 * was sent before, since nothing changed).
 */
public record ReportReply(String id, String published, List<EngagementView> engagements, Changes changes) {

    public record Changes(int added, int updated, int unchanged) {
        public static final Changes NONE = new Changes(0, 0, 0);
    }
}
