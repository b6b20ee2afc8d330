package org.diplocal.engagement;

/** An engagement a report spoke of, and what that report did to it. */
public record Recorded(Engagement engagement, Change change) {

    public enum Change {
        /** The report announced it first. */
        NEW,
        /** The report changed something a subscriber sees. */
        UPDATED,
        /** The report confirmed what was stored. */
        UNCHANGED
    }
}
