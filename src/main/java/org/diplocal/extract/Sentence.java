package org.diplocal.extract;

/**
 * One sentence of a report: its span in the report's text, and its tokens. Read within one extraction only, so its
 * text, cut from the report when first asked for (by sentences with candidates, as their evidence), is cached unguarded.
 */
final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final String report;
    private final TokenList tokens;
    private String text;

    Sentence(int index, int start, int end, String report, TokenList tokens) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.report = report;
        this.tokens = tokens;
    }

    int index() {
        return index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    TokenList tokens() {
        return tokens;
    }

    /** The sentence as it stands in the report. */
    String text() {
        if (text == null) {
            text = report.substring(start, end);
        }
        return text;
    }

    @Override
    public String toString() {
        return text();
    }
}
