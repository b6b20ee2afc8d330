package org.diplocal.report;

import org.diplocal.engagement.EngagementView;

import java.util.List;

/** What {@code POST /api/reports} answers: the report's id and every engagement drawn from it. */
public record ReportReply(String id, String published, List<EngagementView> engagements) {
}
