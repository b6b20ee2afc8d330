package org.diplocal.engagement;

import org.diplocal.http.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/** The opaque paging cursor: where the previous page ended, so pages neither skip nor repeat rows. */
final class Cursor {

    private static final String VERSION = "1";

    private Cursor() {
    }

    static String encode(EngagementQuery.Position position) {
        if (position == null) {
            return null;
        }
        String plain = VERSION + "|" + position.start() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static EngagementQuery.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            return new EngagementQuery.Position(LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this server gave out; "
                    + "pass the 'next' value of the previous page unchanged, or leave it out to start again.");
        }
    }
}
