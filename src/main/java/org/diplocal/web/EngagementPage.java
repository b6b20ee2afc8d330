package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementService;
import org.diplocal.engagement.EngagementSource;
import org.diplocal.report.Report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One engagement: when, where, who, its status, the sentences it rests on and what changed. */
@Path("/engagements")
@Transactional(Transactional.TxType.SUPPORTS)
public class EngagementPage {

    @Inject
    EngagementService service;

    @Inject
    Rows rows;

    @Inject
    Names names;

    @Inject
    Changes changes;

    /**
     * @param report  the report's title, or null for an editor's entry
     * @param url     where the report was published, when known
     */
    public record Evidence(String sentence, String report, String published, String url, boolean editor) {
    }

    /**
     * @param sequence     the iCalendar SEQUENCE: how many times the engagement changed after it was first stored
     * @param lastModified when it last changed (LAST-MODIFIED in the feeds)
     */
    public record Detail(EngagementRow row, String kind, List<EngagementRow.Label> countries, List<Evidence> evidence,
                         int sequence, String created, String lastModified, List<Changes.Change> changes, boolean corrected) {
        public boolean changed() {
            return sequence > 0;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance engagement(Detail e);
    }

    @GET
    @Path("{uid}")
    public TemplateInstance engagement(@PathParam("uid") String uid) {
        Engagement e = service.find(uid).orElseThrow(() -> PageProblem.notFound(
                "No engagement has the UID '" + uid + "'. It may have been merged into another; the front page lists them."));
        List<EngagementRow.Label> countries = e.countries.stream()
                .map(c -> new EngagementRow.Label(c, names.country(c), "/countries/" + c.toLowerCase(Locale.ROOT))).toList();
        return Templates.engagement(new Detail(rows.of(e), e.kind, countries,
                e.sources.stream().map(EngagementPage::evidence).toList(), e.sequence, stamp(e.createdAt),
                stamp(e.lastModified), changes.of(e), e.editorLocked));
    }

    private static Evidence evidence(EngagementSource s) {
        if (s.reportId == null) {
            return new Evidence(s.evidence, null, null, s.url, true);
        }
        Report r = Report.findById(s.reportId);
        String title = r == null || r.title == null ? "Report " + s.reportId : r.title;
        String url = s.url != null ? s.url : r == null ? null : r.sourceUrl;
        return new Evidence(s.evidence, title, r == null ? null : Dates.full(r.published), url, false);
    }

    private static String stamp(Instant t) {
        return Changes.stamp(t);
    }
}
