package org.diplocal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.engagement.Engagement;
import org.diplocal.extract.Precision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns engagements into {@link EngagementRow}s; call it inside the request, where lazy collections load. */
@ApplicationScoped
public class Rows {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Names names;

    public List<EngagementRow> of(List<Engagement> engagements) {
        return engagements.stream().map(this::of).toList();
    }

    public EngagementRow of(Engagement e) {
        List<EngagementRow.Person> people = e.participants.stream()
                .map(o -> new EngagementRow.Person(o.name, o.role, "/officials/" + o.slug)).toList();
        List<EngagementRow.Label> topics = e.topics.stream()
                .map(t -> new EngagementRow.Label(t, names.topic(t), "/topics/" + t)).toList();
        String country = names.country(e.locationCountry);
        String place = place(e, country);
        String search = Search.text(e.title, place, e.kind,
                e.participants.stream().map(o -> o.name + " " + (o.role == null ? "" : o.role)).collect(Collectors.joining(" ")),
                e.countries.stream().map(names::country).collect(Collectors.joining(" ")),
                topics.stream().map(EngagementRow.Label::name).collect(Collectors.joining(" ")),
                e.status.slug());
        return new EngagementRow(e.uid, href(e.uid), e.title, e.startDate, e.endDate,
                Dates.span(e.startDate, e.endDate), e.precision == Precision.WINDOW, time(e), place,
                e.locationCity, e.locationCountry, country, people, topics, e.status.slug(), search);
    }

    /** The page of an engagement, relative to this server (the feeds' URL property is the absolute form). */
    static String href(String uid) {
        return "/engagements/" + URLEncoder.encode(uid, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** "Ministry of National Defense, Seoul, South Korea", each part once; null for a virtual meeting. */
    private static String place(Engagement e, String country) {
        if (!e.hasLocation()) {
            return null;
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String p : new String[] {e.locationName, e.locationCity, country}) {
            if (p != null && !p.isBlank() && parts.stream().noneMatch(x -> x.equalsIgnoreCase(p.strip()))) {
                parts.add(p.strip());
            }
        }
        return String.join(", ", parts);
    }

    private static String time(Engagement e) {
        if (e.startTime == null) {
            return null;
        }
        String t = HH_MM.format(e.startTime) + (e.endTime == null ? "" : "–" + HH_MM.format(e.endTime));
        return e.zone == null ? t : t + " (" + e.zone + ")";
    }

}
