package org.diplocal.engagement;

import org.diplocal.extract.DraftStatus;

import java.util.Locale;

public enum EngagementStatus {
    SCHEDULED, TENTATIVE, POSTPONED, CANCELLED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EngagementStatus of(DraftStatus status) {
        return valueOf(status.name());
    }
}
