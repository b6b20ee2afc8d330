package org.diplocal.extract;

public enum DraftStatus {
    SCHEDULED, TENTATIVE, POSTPONED, CANCELLED
}
