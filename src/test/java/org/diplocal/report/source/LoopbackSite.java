package org.diplocal.report.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web site on 127.0.0.1 for the tests: feeds with ETags, article pages, and what each request asked. */
final class LoopbackSite implements AutoCloseable {

    record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    /** Served with an ETag, or (etagged false) with a Last-Modified date only. */
    private record Resource(String type, String body, boolean etagged) {
        static final String LAST_MODIFIED = "Mon, 02 Dec 2024 10:00:00 GMT";

        String etag() {
            return "\"" + Integer.toHexString(body.hashCode()) + "\"";
        }
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void put(String path, String type, String body) {
        resources.put(path, new Resource(type, body, true));
    }

    void putWithLastModifiedOnly(String path, String type, String body) {
        resources.put(path, new Resource(type, body, false));
    }

    long hits(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        requests.add(new Request(path, ifNoneMatch, ifModifiedSince));
        Resource resource = resources.get(path);
        try (exchange) {
            if (resource == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean unchanged;
            if (resource.etagged()) {
                exchange.getResponseHeaders().set("ETag", resource.etag());
                unchanged = resource.etag().equals(ifNoneMatch);
            } else {
                exchange.getResponseHeaders().set("Last-Modified", Resource.LAST_MODIFIED);
                unchanged = Resource.LAST_MODIFIED.equals(ifModifiedSince);
            }
            if (unchanged) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] bytes = resource.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", resource.type());
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
