package org.diplocal.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import org.diplocal.directory.Topic;
import org.diplocal.http.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The checks on an editor's engagement that need more than one field or the directory. */
@ApplicationScoped
public class EditorInputCheck {

    public void check(EngagementInput in) {
        if (in.end() != null && in.end().isBefore(in.start())) {
            throw ProblemException.badRequest("'end' (" + in.end() + ") is before 'start' (" + in.start()
                    + "); 'end' is the last day, inclusive.");
        }
        if (in.timezone() != null) {
            try {
                ZoneId.of(in.timezone());
            } catch (DateTimeException e) {
                throw ProblemException.badRequest("'timezone' must be an IANA zone such as Asia/Seoul; '"
                        + in.timezone() + "' is not one.");
            }
        }
        if ((in.startTime() != null || in.endTime() != null) && in.timezone() == null) {
            throw ProblemException.badRequest("A 'startTime' or 'endTime' needs the place's 'timezone', such as Asia/Seoul.");
        }
        if (in.endTime() != null && in.startTime() == null) {
            throw ProblemException.badRequest("'endTime' needs a 'startTime'.");
        }
        if (in.topics() != null) {
            for (String topic : in.topics()) {
                if (Topic.findById(topic) == null) {
                    throw ProblemException.badRequest("'" + topic + "' is not a topic; GET /api/topics lists them.");
                }
            }
        }
    }
}
