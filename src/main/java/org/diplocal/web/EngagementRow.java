package org.diplocal.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One engagement as the pages show it, flattened from the entity while the session is open.
 *
 * @param dates  the dates as read ("Mon 3 – Tue 4 Nov 2025")
 * @param tbc    a windowed engagement: it happens on one day of {@code start..end}, not yet known
 * @param time   "10:00–12:00 (Asia/Seoul)" when a time is known
 * @param search the folded text the search box matches
 */
public record EngagementRow(String uid, String href, String title, LocalDate start, LocalDate end, String dates,
                            boolean tbc, String time, String place, String city, String countryCode,
                            String country, List<Person> participants, List<Label> topics, String status,
                            String search) {

    public record Person(String name, String role, String href) {
    }

    public record Label(String code, String name, String href) {
    }

    public boolean scheduled() {
        return "scheduled".equals(status);
    }

    public boolean on(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
