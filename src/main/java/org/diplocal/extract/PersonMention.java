package org.diplocal.extract;

/**
 * A person named in a sentence at tokens {@code from..to}. {@code former}: named as "then" or
 * "former" X, so not a participant of anything planned; {@code speaker}: the one who said it.
 */
record PersonMention(int from, int to, Person person, boolean former, boolean speaker) implements TokenSpan {
}
