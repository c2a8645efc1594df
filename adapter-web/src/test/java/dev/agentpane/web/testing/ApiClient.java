package dev.agentpane.web.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: one call, one {@link ApiResponse}. */
public final class ApiClient {
    public static final String JSON = "application/json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** The absolute URI of a path on the server under test. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public record ApiResponse(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The error code of an error envelope. */
        public String errorCode() {
            return json().path("error").path("code").asString();
        }

        public String errorMessage() {
            return json().path("error").path("message").asString();
        }
    }

    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public ApiResponse post(String path, String json, String... headers) {
        return send("POST", path, JSON, json, headers);
    }

    public ApiResponse put(String path, String json, String... headers) {
        return send("PUT", path, JSON, json, headers);
    }

    public ApiResponse patch(String path, String json, String... headers) {
        return send("PATCH", path, JSON, json, headers);
    }

    /**
     * @param contentType null sends no Content-Type
     * @param body        null sends no body
     * @param headers     name, value, name, value, …
     */
    public ApiResponse send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return execute(request.build());
    }

    /** Sends the body without a Content-Length (chunked), as a streaming client would. */
    public ApiResponse sendChunked(String method, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return execute(request);
    }

    private ApiResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
