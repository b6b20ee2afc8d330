package org.diplocal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementChange;
import org.diplocal.report.Report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An engagement's history as people read it: when, what happened, who caused it, and which fields moved. */
@ApplicationScoped
public class Changes {

    private static final DateTimeFormatter STAMP = DateTimeFormatter
            .ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    ObjectMapper json;

    /**
     * @param what   "First recorded", "Changed" ...
     * @param by     the report's title, or "an editor"
     * @param fields "start: 2025-11-03 → 2025-11-10", one per changed field
     */
    public record Change(String when, int sequence, String action, String what, boolean editor, String by, String url,
                         List<String> fields) {
    }

    public List<Change> of(Engagement e) {
        return EngagementChange.of(e).stream().map(this::change).toList();
    }

    static String stamp(Instant t) {
        return t == null ? null : STAMP.format(t);
    }

    private Change change(EngagementChange c) {
        String by = "an editor";
        String url = null;
        if (c.reportId != null) {
            Report r = Report.findById(c.reportId);
            by = r == null || r.title == null ? "report " + c.reportId : r.title;
            url = r == null ? null : r.sourceUrl;
        }
        String action = c.action.name().toLowerCase(Locale.ROOT);
        List<String> fields = c.action == EngagementChange.Action.CREATED ? List.of() : fields(c.before, c.after);
        return new Change(stamp(c.changedAt), c.sequence, action, describe(c.action), c.reportId == null, by, url, fields);
    }

    private static String describe(EngagementChange.Action action) {
        return switch (action) {
            case CREATED -> "First recorded";
            case UPDATED -> "Changed";
            case OVERRULED -> "A report said otherwise; the editor's correction was kept";
            case MERGED -> "Merged with a duplicate";
            case SPLIT -> "Split into two engagements";
        };
    }

    private List<String> fields(String before, String after) {
        JsonNode b = read(before);
        JsonNode a = read(after);
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String was = b == null || !b.has(f.getKey()) ? null : text(b.get(f.getKey()));
            out.add(f.getKey() + ": " + (was == null ? "" : was + " → ") + text(f.getValue()));
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "none";
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "none" : String.join(", ", items);
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private JsonNode read(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
