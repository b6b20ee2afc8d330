package org.diplocal.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers for the web pages: every HTML response gets a Content-Security-Policy that allows
 * scripts and styles from this server only (no inline script), no framing and no referrer to other
 * sites; the page's own scripts and styles under {@code /assets/} get nosniff.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void html(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            MultivaluedMap<String, Object> h = response.getHeaders();
            h.putSingle("Content-Security-Policy", CSP);
            h.putSingle("X-Content-Type-Options", "nosniff");
            h.putSingle("X-Frame-Options", "DENY");
            h.putSingle("Referrer-Policy", "no-referrer");
            h.putSingle("Cache-Control", "no-cache");
        }
    }

    void assets(@Observes Router router) {
        router.route("/assets/*").order(-5).handler(ctx -> {
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            ctx.response().putHeader("Cache-Control", "public, max-age=3600");
            ctx.next();
        });
    }
}
