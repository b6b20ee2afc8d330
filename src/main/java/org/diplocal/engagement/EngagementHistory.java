package org.diplocal.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Writes an engagement's history entries. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EngagementHistory {

    @Inject
    ObjectMapper json;

    Clock clock = Clock.systemUTC();

    void record(Engagement e, EngagementChange.Action action, SourceRef cause, Map<String, Object> before,
                Map<String, Object> after) {
        EngagementChange change = new EngagementChange();
        change.engagement = e;
        change.changedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        change.sequence = e.sequence;
        change.action = action;
        change.reportId = cause.reportId();
        change.byEditor = cause.reportId() == null;
        change.before = write(before);
        change.after = write(after);
        change.persist();
    }

    private String write(Map<String, Object> fields) {
        if (fields == null) {
            return null;
        }
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history fields are plain values", e);
        }
    }
}
