package org.diplocal.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets as RFC 5545 §3.1 asks, never inside a UTF-8 character.
 * iCal4j folds at 75 characters, so a line of Hangul or emoji would run past 75 octets: this writer takes
 * iCal4j's output, undoes its folds (a CRLF followed by a space) and folds each line again by octets.
 */
final class OctetFoldingWriter extends Writer {

    static final int MAX_OCTETS = 75;

    private final OutputStream out;
    private int lineOctets;
    private char pendingHigh;
    private boolean pendingCr;
    private boolean pendingLineEnd;

    OctetFoldingWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(int ch) throws IOException {
        char c = (char) ch;
        if (pendingLineEnd) {
            pendingLineEnd = false;
            if (c == ' ') {
                return;
            }
            endLine();
        }
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                pendingLineEnd = true;
                return;
            }
            emit('\r');
        }
        if (c == '\r') {
            pendingCr = true;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c) && pendingHigh != 0) {
            emit(Character.toCodePoint(pendingHigh, c));
            pendingHigh = 0;
        } else {
            emit(c);
        }
    }

    private void endLine() throws IOException {
        out.write('\r');
        out.write('\n');
        lineOctets = 0;
    }

    private void emit(int codePoint) throws IOException {
        int octets = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (lineOctets + octets > MAX_OCTETS) {
            endLine();
            out.write(' ');
            lineOctets = 1;
        }
        if (octets == 1) {
            out.write(codePoint);
        } else {
            out.write(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        }
        lineOctets += octets;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) {
            emit('\r');
        }
        if (pendingLineEnd) {
            endLine();
        }
        out.close();
    }
}
