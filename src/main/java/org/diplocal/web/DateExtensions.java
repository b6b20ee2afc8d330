package org.diplocal.web;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;

/** Date display in templates, {@code {e.start.plain}} and {@code {e.start.through(e.end)}}; see {@link Dates}. */
@TemplateExtension
public class DateExtensions {

    private DateExtensions() {
    }

    /** "Tue 4 Nov 2025": a calendar date, the same for every reader whatever their time zone. */
    static String plain(LocalDate date) {
        return Dates.full(date);
    }

    /** "Mon 3 – Tue 4 Nov 2025"; a single date when both are the same day. */
    static String through(LocalDate start, LocalDate end) {
        return Dates.span(start, end);
    }

    /** "November 2025". */
    static String monthName(LocalDate date) {
        return Dates.month(date);
    }
}
