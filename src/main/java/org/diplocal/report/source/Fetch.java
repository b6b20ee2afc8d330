package org.diplocal.report.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET with a deadline on the whole exchange and a cap on the body. {@link HttpRequest#timeout} only bounds the
 * wait for the headers, so the body is read on a helper thread and abandoned when the deadline passes.
 */
final class Fetch {

    record Response(int status, HttpHeaders headers, byte[] body) {
    }

    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "diplocal-fetch");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;

    Fetch(Duration timeout, int maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    Response get(URI uri, String accept, Map<String, String> headers) throws IOException, InterruptedException {
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("not an http(s) URL: " + uri);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("User-Agent", userAgent).header("Accept", accept);
        headers.forEach(request::header);
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            Future<byte[]> reading = READERS.submit(() -> in.readNBytes(maxBytes + 1));
            byte[] body;
            try {
                body = reading.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                reading.cancel(true);
                throw new HttpTimeoutException(uri + " sent its answer slower than " + timeout);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            if (body.length > maxBytes) {
                throw new IOException(uri + " is larger than " + maxBytes + " bytes");
            }
            return new Response(response.statusCode(), response.headers(), body);
        }
    }
}
