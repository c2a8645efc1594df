package dev.agentpane.web.filter;

import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.WireJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the error envelope from a filter, before any controller runs. */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        byte[] body = WireJson.write(ApiEnvelope.failure(code, message)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
