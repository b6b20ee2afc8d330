package org.diplocal.engagement;

import org.diplocal.directory.Official;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a subscriber sees of an engagement, field by field, for its history. */
final class Snapshot {

    private Snapshot() {
    }

    static Map<String, Object> of(Engagement e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", e.title);
        fields.put("kind", e.kind);
        fields.put("start", str(e.startDate));
        fields.put("end", str(e.endDate));
        fields.put("precision", e.precision == null ? null : e.precision.name().toLowerCase());
        fields.put("startTime", str(e.startTime));
        fields.put("endTime", str(e.endTime));
        fields.put("timezone", e.startTime == null ? null : e.zone);
        fields.put("location", e.hasLocation() ? join(e.locationName, e.locationCity, e.locationCountry) : null);
        fields.put("participants", e.participants.stream().map((Official o) -> o.slug).toList());
        fields.put("countries", List.copyOf(new java.util.TreeSet<>(e.countries)));
        fields.put("topics", List.copyOf(new java.util.TreeSet<>(e.topics)));
        fields.put("status", e.status == null ? null : e.status.slug());
        return fields;
    }

    static Map<String, Object> of(org.diplocal.extract.Draft d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        var place = d.location();
        fields.put("title", d.title());
        fields.put("kind", d.kind());
        fields.put("start", str(d.start()));
        fields.put("end", str(d.end() == null ? d.start() : d.end()));
        fields.put("precision", d.precision() == null ? "day" : d.precision().name().toLowerCase());
        fields.put("startTime", str(d.startTime()));
        fields.put("endTime", str(d.endTime()));
        fields.put("timezone", d.startTime() == null ? null : d.zone() != null ? d.zone() : place == null ? null : place.zone());
        fields.put("location", place == null ? null : join(place.name(), place.city(), place.country()));
        fields.put("participants", d.participants().stream()
                .map(p -> org.diplocal.extract.Slugs.of(p.name())).distinct().toList());
        fields.put("countries", List.copyOf(new java.util.TreeSet<>(d.countries())));
        fields.put("topics", List.copyOf(new java.util.TreeSet<>(d.topics())));
        fields.put("status", d.status() == null ? "scheduled" : d.status().name().toLowerCase());
        return fields;
    }

    /** The fields whose values differ, as they are in {@code a}. */
    static Map<String, Object> differing(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (!Objects.equals(v, b.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank() && sb.indexOf(p) < 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p);
            }
        }
        return sb.toString();
    }
}
