package dev.agentpane.web.sessionstream;

import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase;
import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase.SessionEventStream;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.shared.InvalidIdException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.WireJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sessions/{id}/stream?offset=N} (reference §4.5, §5.7, §10): the session's stored events from offset
 * N on, then live ones, as Server-Sent Events. A reconnect's {@code Last-Event-ID: K} resumes at K+1 and wins over
 * {@code offset}. Errors found before the stream starts are JSON envelopes, whatever the request accepts (an
 * EventSource asks for {@code text/event-stream}).
 */
@RestController
public class SessionStreamController {
    static final String LAST_EVENT_ID = "Last-Event-ID";
    private final StreamSessionEventsUseCase streams;
    private final OpenSessionStreams open;

    public SessionStreamController(StreamSessionEventsUseCase streams, OpenSessionStreams open) {
        this.streams = streams;
        this.open = open;
    }

    @GetMapping("/api/sessions/{id}/stream")
    public void stream(@PathVariable String id, @RequestParam(required = false) String offset,
            @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        SessionEventStream stream;
        try {
            SessionId sessionId = sessionId(id);
            long from = fromOffset(offset, lastEventId);
            if (open.ending()) {
                fail(response, 503, ApiEnvelope.failure(ErrorCode.SERVICE_UNAVAILABLE, "The server is stopping"));
                return;
            }
            stream = streams.open(sessionId, from);
        } catch (InvalidIdException e) {
            fail(response, 400, ApiEnvelope.failure(ErrorCode.INVALID_ID, e.getMessage()));
            return;
        } catch (ValidationException e) {
            fail(response, 400, ApiEnvelope.failure(ErrorCode.VALIDATION_ERROR, e.getMessage()));
            return;
        } catch (SessionNotFoundException e) {
            fail(response, 404, ApiEnvelope.serviceFailure("SESSION_NOT_FOUND", "Session not found", 404));
            return;
        }
        SseChannel channel = new SseChannel(stream, open);
        if (!open.add(channel)) {
            stream.close();
            fail(response, 503, ApiEnvelope.failure(ErrorCode.SERVICE_UNAVAILABLE, "The server is stopping"));
            return;
        }
        try {
            channel.begin(request, response);
        } catch (IOException | RuntimeException e) {
            stream.close();
            open.remove(channel);
            channel.onClosed();
            return; // the client left before the first frame
        }
        stream.start(channel);
    }

    private static SessionId sessionId(String id) {
        try {
            return SessionId.of(id);
        } catch (InvalidIdException e) {
            throw new InvalidIdException("session ID");
        }
    }

    /** {@code Last-Event-ID: K} (the last offset the client has) resumes at K+1; else {@code offset}, default 0. */
    static long fromOffset(String offset, String lastEventId) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            long last = nonNegative(lastEventId, LAST_EVENT_ID);
            if (last == Long.MAX_VALUE) {
                throw new ValidationException(LAST_EVENT_ID + " must be a non-negative integer");
            }
            return last + 1;
        }
        if (offset == null || offset.isBlank()) {
            return 0;
        }
        return nonNegative(offset, "offset");
    }

    private static long nonNegative(String raw, String name) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException(name + " must be a non-negative integer");
    }

    private static void fail(HttpServletResponse response, int status, Object envelope) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(WireJson.write(envelope).getBytes(StandardCharsets.UTF_8));
    }
}
