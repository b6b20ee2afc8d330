package org.diplocal.engagement;

import org.diplocal.http.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads query parameters with messages that say what a good value looks like. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'" + name + "' must be a date of the form YYYY-MM-DD, such as 2025-11-04.");
        }
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }

    static String slug(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso2 = value.strip().toUpperCase(Locale.ROOT);
        if (!iso2.matches("[A-Z]{2}")) {
            throw ProblemException.badRequest("'country' must be an ISO 3166-1 alpha-2 code, such as kr or US.");
        }
        return iso2;
    }

    static EngagementStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EngagementStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'status' must be one of " + Arrays.stream(EngagementStatus.values())
                    .map(EngagementStatus::slug).collect(Collectors.joining(", ")) + ".");
        }
    }
}
