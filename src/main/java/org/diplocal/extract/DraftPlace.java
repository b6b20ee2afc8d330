package org.diplocal.extract;

/**
 * Where an engagement happens: {@code name} is the most precise thing the report names (a venue,
 * a city or a country), {@code city} and {@code country} (ISO alpha-2) locate it, {@code zone} is the
 * IANA time zone of the place. Coordinates are null when unknown.
 */
public record DraftPlace(String name, String city, String country, String zone, Double latitude, Double longitude) {
}
