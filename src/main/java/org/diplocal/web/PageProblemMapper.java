package org.diplocal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.diplocal.http.Problem;
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
