package org.diplocal.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.CRC32;

/** URL slugs for names: "Diana Mondino" → "diana-mondino", "Sébastien Lecornu" → "sebastien-lecornu". */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String name) {
        String source = name == null ? "" : name;
        String folded = Normalizer.normalize(source, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c < 0x80) {
                dash = true;
            }
        }
        if (out.length() > 0) {
            return out.toString();
        }
        // Nothing ASCII to keep (a Hangul or Arabic name): a short stable hash still gives a usable slug.
        CRC32 crc = new CRC32();
        crc.update(source.getBytes(StandardCharsets.UTF_8));
        return "n-" + Long.toHexString(crc.getValue());
    }
}
