package org.diplocal.extract;

/** One sentence of a report: its span in the text, its text as it stands, and its tokens. */
record Sentence(int index, int start, int end, String text, TokenList tokens) {
}
