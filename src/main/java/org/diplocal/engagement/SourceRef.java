package org.diplocal.engagement;

/** Which report (or editor, when {@code reportId} is null) says what a draft says. */
public record SourceRef(String reportId, String url) {

    public static final SourceRef EDITOR = new SourceRef(null, null);
}
