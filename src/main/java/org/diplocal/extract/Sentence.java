package org.diplocal.extract;

/** One sentence of a report: its span in the report's text, and its tokens. */
record Sentence(int index, int start, int end, String report, TokenList tokens) {

    /** The sentence as it stands, cut from the report when asked for: few are. */
    String text() {
        return report.substring(start, end);
    }
}
