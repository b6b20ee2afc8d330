package org.diplocal.extract;

/**
 * A participant as named in a report: full name, normalised role ("Secretary of Defense",
 * "Minister of Foreign Affairs", "President") and ISO 3166-1 alpha-2 country, any of which but the
 * name may be null when the report does not say.
 */
public record DraftPerson(String name, String role, String country) {
}
