package org.diplocal.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
@EditorsOnly
public class EditorsOnlyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AdminToken adminToken;

    @Inject
    WriteLimits limits;

    @Inject
    io.vertx.core.http.HttpServerRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long wait = limits.limiter().acquire(client);
        if (wait > 0) {
            request.abortWith(Response.fromResponse(Problem.of(429, "Too Many Requests",
                    "Too many writes from this address; wait " + wait + " s and send it again.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, wait).build());
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized("This request changes data: send the editors' token as 'Authorization: Bearer <token>'."));
        } else if (!adminToken.matches(header.substring(BEARER.length()).trim())) {
            request.abortWith(unauthorized("The bearer token is not the editors' token (DIPLOCAL_ADMIN_TOKEN)."));
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"diplocal\"").build();
    }
}
