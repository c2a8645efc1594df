package dev.agentpane.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An EventSource for tests: reads a Server-Sent Events response line by line, with bounded waits only. */
public final class SseClient implements AutoCloseable {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String END = "\u0000end";
    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** One frame: its {@code id:} (null when absent), its {@code data:} (null for a comment) and its comment. */
    public record Frame(String id, String data, String comment, List<String> rawLines) {
        public JsonNode json() {
            return MAPPER.readTree(data);
        }

        public boolean isComment() {
            return data == null && comment != null;
        }
    }

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (UncheckedIOException | IllegalStateException e) {
                // closed by the test or by the server
            } finally {
                lines.add(END);
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream and waits (at most 10 s) for the response head. */
    public static SseClient connect(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new SseClient(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + " did not answer: " + e, e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public HttpHeaders headers() {
        return response.headers();
    }

    /** The next frame, comments included; fails after {@code timeout}. */
    public Frame next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> frame = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            assertThat(line).as("a frame line within %s (got so far: %s)", timeout, frame).isNotNull();
            assertThat(line).as("the stream ended (got so far: %s)", frame).isNotEqualTo(END);
            if (line.isEmpty()) {
                if (frame.isEmpty()) {
                    continue;
                }
                return parse(frame);
            }
            frame.add(line);
        }
    }

    /** The next frame that carries data, skipping keep-alive comments. */
    public Frame nextData(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Frame frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (!frame.isComment()) {
                return frame;
            }
        }
    }

    /** True when the server ended the response within {@code timeout}, skipping any frames still coming. */
    public boolean endsWithin(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return false;
            }
            if (line.equals(END)) {
                return true;
            }
        }
    }

    private static Frame parse(List<String> frame) {
        String id = null;
        StringBuilder data = null;
        String comment = null;
        for (String line : frame) {
            if (line.startsWith(":")) {
                comment = line.substring(1).trim();
            } else if (line.startsWith("id:")) {
                id = value(line, "id:");
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder() : data.append('\n');
                data.append(value(line, "data:"));
            }
        }
        return new Frame(id, data == null ? null : data.toString(), comment, List.copyOf(frame));
    }

    private static String value(String line, String field) {
        String value = line.substring(field.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    /**
     * The response head as sent on the wire (status line and headers, lower-case names), read over a plain socket:
     * HttpClient hides hop-by-hop headers such as {@code Connection}.
     */
    public static java.util.Map<String, String> rawHead(URI uri, String... headers) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAccept: text/event-stream\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            java.util.Map<String, String> head = new java.util.LinkedHashMap<>();
            head.put(":status", reader.readLine());
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                int colon = line.indexOf(':');
                head.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
            return head;
        }
    }

    /** Leaves, as a browser closing the page would. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (RuntimeException ignored) {
            // already closed
        }
    }
}
