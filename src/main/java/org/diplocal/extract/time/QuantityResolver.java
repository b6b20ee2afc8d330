package org.diplocal.extract.time;

import java.math.BigDecimal;

/** Resolves DURATION (P2D, P10Y, PT3H, PXM), SET (XXXX, XXXX-WXX-1) and REF (PRESENT_REF ...) rules. */
final class QuantityResolver {

    private final RuleSet data;

    QuantityResolver(RuleSet data) {
        this.data = data;
    }

    Resolved duration(Match g, Context c) {
        if (age(g, c)) {
            return null;
        }
        String unit = data.normalize("unit", unitWord(g.get("unit")));
        if (unit == null) {
            return null;
        }
        String num = "X";
        String numText = g.get("num");
        if (numText != null) {
            num = Character.isDigit(numText.charAt(0)) ? numText : data.normalize("number", numText);
            if (num == null) {
                return null;
            }
        } else if (!g.get("unit").toLowerCase().endsWith("s")) {
            num = "1";
        }
        return Resolved.vague(TimexType.DURATION, value(num, unit));
    }

    /** "a 22-year-old", "children aged 6 months": an age, not a duration. */
    private static boolean age(Match g, Context c) {
        int e = g.end();
        if (c.text.startsWith("-old", e) || c.text.startsWith(" old", e)) {
            return true;
        }
        int s = g.start() - 1;
        while (s >= 0 && c.charAt(s) == ' ') {
            s--;
        }
        int w = s;
        while (w >= 0 && Character.isLetter(c.charAt(w))) {
            w--;
        }
        String before = c.text.substring(w + 1, s + 1).toLowerCase();
        return before.equals("aged") || before.equals("ages") || before.equals("age");
    }

    /** "decade-long" and "two-year" write the unit in the singular; plural words map as they are. */
    private static String unitWord(String unit) {
        return unit == null ? null : RuleSet.key(unit);
    }

    /** TimeML duration value for an amount (or X) of a unit. */
    static String value(String num, String unit) {
        boolean vague = num.equals("X");
        return switch (unit) {
            case "TS" -> "PT" + num + "S";
            case "TM" -> "PT" + num + "M";
            case "TH" -> "PT" + num + "H";
            case "F" -> "P" + (vague ? "X" : times(num, 2)) + "W";
            case "Q" -> "P" + (vague ? "X" : times(num, 3)) + "M";
            case "DE" -> vague ? "PXDE" : "P" + times(num, 10) + "Y";
            case "CE" -> vague ? "PXCE" : "P" + times(num, 100) + "Y";
            default -> "P" + num + unit;
        };
    }

    private static String times(String num, int factor) {
        return new BigDecimal(num).multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    Resolved set(Match g) {
        String value;
        if (g.has("weekday")) {
            value = "XXXX-WXX-" + data.normalize("weekday", g.get("weekday"));
        } else if (g.has("partOfDay")) {
            value = "XXXX-XX-XXT" + data.normalize("partOfDay", g.get("partOfDay"));
        } else if (g.has("season")) {
            value = "XXXX-" + data.normalize("season", g.get("season"));
        } else {
            String unit = g.has("setWord") ? data.normalize("setWord", g.get("setWord"))
                    : data.normalize("unit", g.get("unit"));
            if (unit == null) {
                return null;
            }
            value = switch (unit) {
                case "D" -> "XXXX-XX-XX";
                case "NI" -> "XXXX-XX-XXTNI";
                case "W" -> "XXXX-WXX";
                case "M" -> "XXXX-XX";
                case "Q" -> "XXXX-QX";
                case "DE" -> "XXX";
                default -> "XXXX";
            };
        }
        return Resolved.vague(TimexType.SET, value);
    }

    Resolved ref(Match g) {
        String value = data.normalize("ref", g.get("ref"));
        return value == null ? null : Resolved.vague(TimexType.DATE, value);
    }
}
