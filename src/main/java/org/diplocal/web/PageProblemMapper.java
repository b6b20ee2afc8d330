package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.NotFoundException;
import org.diplocal.http.Problem;
import org.diplocal.http.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Answers a {@link PageProblem} in the form the client asked for: an HTML page for people, problem+json for programs. */
public class PageProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    @ServerExceptionMapper
    public Response map(PageProblem e, HttpHeaders headers) {
        Problem problem = e.problem();
        if (wantsJson(headers.getAcceptableMediaTypes())) {
            return problem.toResponse();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(problem).render()).build();
    }

    /**
     * An address nothing answers: a browser gets the HTML 404 page; every other client the problem+json
     * that {@link ProblemMappers} gives, unchanged.
     */
    @ServerExceptionMapper
    public Response unknownAddress(NotFoundException e, HttpHeaders headers) {
        if (!prefersHtml(headers.getAcceptableMediaTypes())) {
            return new ProblemMappers().web(e);
        }
        return map(PageProblem.notFound("Nothing is published at this address. The front page lists every official, "
                + "country and topic, each with its calendar."), headers);
    }

    /** True when the first type the client names, ignoring wildcards, is HTML: what browsers send. */
    static boolean prefersHtml(List<MediaType> acceptable) {
        return acceptable.stream().filter(t -> !t.isWildcardType()).findFirst()
                .map(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) || t.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE))
                .orElse(false);
    }

    /** True when the client ranks a JSON type above HTML (browsers send text/html first; API clients send JSON). */
    static boolean wantsJson(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            String sub = type.getSubtype();
            if (sub.equals("json") || sub.endsWith("+json")) {
                return true;
            }
        }
        return false;
    }
}
