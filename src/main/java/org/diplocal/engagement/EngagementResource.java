package org.diplocal.engagement;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.diplocal.http.EditorsOnly;
import org.diplocal.http.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/engagements")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private static final int MAX_DAYS = 3660;

    @Inject
    EngagementQuery query;

    @Inject
    EngagementService service;

    @Inject
    EditorInputCheck inputCheck;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    Clock clock = Clock.systemDefaultZone();

    /** One page of engagements and the cursor of the next, which is null on the last page. */
    public record PageView(List<EngagementView> engagements, String next) {
    }

    @GET
    public PageView list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("official") String official, @QueryParam("country") String country,
                         @QueryParam("topic") String topic, @QueryParam("status") String status,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        EngagementFilter filter = new EngagementFilter(QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.slug(official), QueryParams.country(country), QueryParams.slug(topic),
                QueryParams.status(status), false);
        return page(filter, limit, cursor);
    }

    @GET
    @Path("upcoming")
    public PageView upcoming(@QueryParam("days") String days,
                             @QueryParam("official") String official, @QueryParam("country") String country,
                             @QueryParam("topic") String topic, @QueryParam("status") String status,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int span = QueryParams.integer("days", days, 30, 1, MAX_DAYS);
        LocalDate today = LocalDate.now(clock);
        EngagementStatus wanted = QueryParams.status(status);
        EngagementFilter filter = new EngagementFilter(today, today.plusDays(span), QueryParams.slug(official),
                QueryParams.country(country), QueryParams.slug(topic), wanted, wanted == null);
        return page(filter, limit, cursor);
    }

    @GET
    @Path("{uid}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public EngagementView one(@PathParam("uid") String uid) {
        return service.find(uid).map(EngagementView::of).orElseThrow(() -> ProblemException.notFound(
                "No engagement has the UID '" + uid + "'. GET /api/engagements lists them."));
    }

    @POST
    @EditorsOnly
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull EngagementInput input) {
        inputCheck.check(input);
        Engagement e = service.create(input.toDraft(), Engagement.Origin.EDITOR, SourceRef.EDITOR,
                "editor:" + java.util.UUID.randomUUID());
        return Response.created(UriBuilder.fromPath("/api/engagements/{uid}").build(e.uid))
                .entity(EngagementView.of(e)).build();
    }

    @PUT
    @Path("{uid}")
    @EditorsOnly
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public EngagementView correct(@PathParam("uid") String uid, @Valid @NotNull EngagementInput input) {
        inputCheck.check(input);
        return EngagementView.of(service.correct(uid, input.toDraft()));
    }

    @DELETE
    @Path("{uid}")
    @EditorsOnly
    @Transactional
    public EngagementView cancel(@PathParam("uid") String uid) {
        return EngagementView.of(service.cancel(uid));
    }

    /** One entry of an engagement's history. {@code before} and {@code after} hold the fields that changed. */
    public record ChangeView(String at, int sequence, String action, String report, boolean editor,
                             com.fasterxml.jackson.databind.JsonNode before, com.fasterxml.jackson.databind.JsonNode after) {
    }

    /** What an editor sends to merge: the UID of the engagement that is the same as this one. */
    public record MergeInput(@jakarta.validation.constraints.NotBlank(message = "must be the UID of the engagement to merge into this one") String duplicate) {
    }

    /** What an editor sends to split: the new engagement, and the reports whose sources move to it. */
    public record SplitInput(@Valid @NotNull EngagementInput engagement, List<String> reports) {
    }

    @GET
    @Path("{uid}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> history(@PathParam("uid") String uid) {
        Engagement e = service.find(uid).orElseThrow(() -> ProblemException.notFound(
                "No engagement has the UID '" + uid + "'. GET /api/engagements lists them."));
        return EngagementChange.of(e).stream().map(c -> new ChangeView(c.changedAt.toString(), c.sequence,
                c.action.name().toLowerCase(java.util.Locale.ROOT), c.reportId, c.byEditor,
                tree(c.before), tree(c.after))).toList();
    }

    @POST
    @Path("{uid}/merge")
    @EditorsOnly
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public EngagementView merge(@PathParam("uid") String uid, @Valid @NotNull MergeInput input) {
        return EngagementView.of(service.merge(uid, input.duplicate().strip()));
    }

    @POST
    @Path("{uid}/split")
    @EditorsOnly
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Response split(@PathParam("uid") String uid, @Valid @NotNull SplitInput input) {
        inputCheck.check(input.engagement());
        Engagement created = service.split(uid, input.engagement().toDraft(),
                input.reports() == null ? List.of() : input.reports());
        return Response.created(UriBuilder.fromPath("/api/engagements/{uid}").build(created.uid))
                .entity(EngagementView.of(created)).build();
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("history is stored as JSON", e);
        }
    }

    private PageView page(EngagementFilter filter, String limit, String cursor) {
        int size = QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        EngagementQuery.Page page = query.page(filter, Cursor.decode(cursor), size);
        return new PageView(page.items().stream().map(EngagementView::of).toList(), Cursor.encode(page.next()));
    }
}
