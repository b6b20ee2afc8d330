package org.diplocal.extract;

/** How many days an engagement lasts, as its sentence says: "a two-day visit", "for three days", "a two-day stay". */
final class Durations {
    private static final WordSet SPEND = WordSet.of("spend", "spends", "spending");
    private static final String[] NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private Durations() {
    }

    /** "a two-day visit", "a three-day state visit", "the summit opens on Tuesday and runs for two days", "a visit lasting two days". */
    static int of(SentenceFacts f, Trigger t) {
        if (t.kind().equals("travel") || t.kind().equals("trip")) {
            // "arrives in Saudi Arabia on Wednesday for a three-day visit": the arrival opens that many days
            for (Trigger v : f.triggers) {
                if (v.kind().equals("visit") && v.form().equals("noun") && v.from() > t.to() && v.from() - t.to() <= 10) {
                    int days = dayCompound(f, v);
                    if (days > 1) {
                        return days;
                    }
                }
            }
            for (int k = t.to() + 1; k < f.tokens.size() && k - t.to() <= 10; k++) {
                // "arrive in Windhoek on Sunday for a two-day stay"
                if (f.tokens.is(k, "stay") && (f.tokens.is(k - 2, "for") || f.tokens.is(k - 3, "for"))) {
                    int days = dayCompound(f.tokens.norm(k - 1));
                    if (days > 1) {
                        return days;
                    }
                }
            }
        }
        for (int k = t.to(); k + 2 < f.tokens.size(); k++) {
            if ((f.tokens.is(k, "for") || f.tokens.is(k, "over") || f.tokens.is(k, "lasting")) && f.tokens.is(k + 2, "days")) {
                int n = number(f.tokens.norm(k + 1));
                if (n > 1) {
                    return n;
                }
            }
        }
        if (SPEND.contains(f.tokens, t.from()) && t.to() + 1 < f.tokens.size() && f.tokens.is(t.to() + 1, "days")) {
            int n = number(f.tokens.norm(t.to())); // "will spend four days in Chile from Thursday"
            if (n > 1) {
                return n;
            }
        }
        return dayCompound(f, t);
    }

    static int number(String word) {
        for (int d = 0; d < NUMBERS.length; d++) {
            if (NUMBERS[d].equals(word)) {
                return d + 1;
            }
        }
        return word.length() <= 2 && word.chars().allMatch(Character::isDigit) ? Math.min(30, Integer.parseInt(word)) : 0;
    }

    private static int dayCompound(SentenceFacts f, Trigger t) {
        for (int k = Math.max(0, t.from() - 3); k < t.from(); k++) {
            int days = dayCompound(f.tokens.norm(k));
            if (days > 0) {
                return days;
            }
        }
        int k = t.to();
        if (k + 2 < f.tokens.size() && f.tokens.is(k, "of") && f.tokens.is(k + 2, "days")) {
            return Math.max(1, number(f.tokens.norm(k + 1))); // "an official visit of two days"
        }
        for (int j = k; j + 2 < f.tokens.size() && j <= k + 4; j++) {
            if (f.tokens.is(j, "of") && f.tokens.is(j + 2, "hours")) {
                return daysOfHours(f.tokens.norm(j + 1)); // "a working and friendship visit of 48 hours"
            }
        }
        return 1;
    }

    /** "48" hours: two days; a count of hours that is no whole number of days tells one day. */
    private static int daysOfHours(String figure) {
        if (figure.isEmpty() || figure.length() > 3 || !figure.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int hours = Integer.parseInt(figure);
        return hours >= 24 && hours % 24 == 0 ? Math.min(7, hours / 24) : 1;
    }

    /** "two-day", "3-day", "48-hour": the days it counts; 0 for any other word. */
    private static int dayCompound(String w) {
        if (w.endsWith("-hour")) {
            int days = daysOfHours(w.substring(0, w.length() - 5));
            return days > 1 ? days : 0;
        }
        if (!w.endsWith("-day")) {
            return 0;
        }
        String n = w.substring(0, w.length() - 4);
        for (int d = 0; d < NUMBERS.length; d++) {
            if (NUMBERS[d].equals(n)) {
                return d + 1;
            }
        }
        try {
            return Math.max(1, Math.min(30, Integer.parseInt(n)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
