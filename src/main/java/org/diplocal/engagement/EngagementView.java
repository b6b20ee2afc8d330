package org.diplocal.engagement;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.diplocal.directory.Official;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** An engagement as the API shows it (CONTRACT.md, "Engagement (JSON)"). */
public record EngagementView(
        String uid,
        String title,
        String kind,
        String start,
        String end,
        String precision,
        @JsonInclude(JsonInclude.Include.NON_NULL) String startTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String endTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timezone,
        Location location,
        List<Participant> participants,
        List<String> countries,
        List<String> topics,
        String status,
        int sequence,
        String lastModified,
        List<Source> sources) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public record Location(String name, String city, String country,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double latitude,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double longitude) {
    }

    public record Participant(String name, String role, String country, String slug) {
        static Participant of(Official o) {
            return new Participant(o.name, o.role, o.country, o.slug);
        }
    }

    public record Source(String report, String url, String evidence) {
    }

    public static EngagementView of(Engagement e) {
        return new EngagementView(
                e.uid, e.title, e.kind,
                e.startDate.toString(), e.endDate.toString(),
                e.precision.name().toLowerCase(Locale.ROOT),
                time(e.startTime), time(e.endTime), e.startTime == null ? null : e.zone,
                e.hasLocation() ? new Location(e.locationName, e.locationCity, e.locationCountry, e.latitude, e.longitude) : null,
                e.participants.stream().map(Participant::of).toList(),
                List.copyOf(e.countries),
                List.copyOf(e.topics),
                e.status.slug(),
                e.sequence,
                e.lastModified.toString(),
                e.sources.stream().map(s -> new Source(s.reportId, s.url, s.evidence)).toList());
    }

    private static String time(LocalTime t) {
        return t == null ? null : HH_MM.format(t);
    }
}
