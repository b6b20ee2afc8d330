package org.diplocal.report;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.diplocal.http.ProblemException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.diplocal.http.EditorsOnly;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportIngestion ingestion;

    @GET
    @Path("{id}")
    public ReportReply one(@PathParam("id") String id) {
        return ingestion.find(id).orElseThrow(() -> ProblemException.notFound("No report has the id '" + id + "'."));
    }

    /** 201 with what the report says; 200 with the same when this text was sent before. */
    @POST
    @EditorsOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@Valid @NotNull(message = "send a JSON object with at least 'text'") ReportInput input) {
        ReportIngestion.Outcome outcome = ingestion.ingest(input);
        if (!outcome.created()) {
            return Response.ok(outcome.reply()).build();
        }
        return Response.created(UriBuilder.fromPath("/api/reports/{id}").build(outcome.reply().id()))
                .entity(outcome.reply()).build();
    }
}
