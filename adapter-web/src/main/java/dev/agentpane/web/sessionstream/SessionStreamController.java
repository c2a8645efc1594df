package dev.agentpane.web.sessionstream;

import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase;
import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase.Listener;
import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase.SessionEventStream;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.shared.InvalidIdException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.WireJson;
import dev.agentpane.web.sse.OpenStreams;
import dev.agentpane.web.sse.SseChannel;
import dev.agentpane.web.sse.SseFrames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
    private final OpenStreams open;

    public SessionStreamController(StreamSessionEventsUseCase streams, OpenStreams open) {
        this.streams = streams;
        this.open = open;
    }

    /** The frame every stream starts with. */
    record ConnectedFrame(String type, String sessionId, long offset, long timestamp) {
    }

    /** A stored event, as the original's client reads it. */
    record EventFrame(String type, Object data, long timestamp, long offset) {
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
                OpenStreams.refuseWhileStopping(response);
                return;
            }
            stream = streams.open(sessionId, from);
        } catch (InvalidIdException e) {
            OpenStreams.answerJson(response, 400, ApiEnvelope.failure(ErrorCode.INVALID_ID, e.getMessage()));
            return;
        } catch (ValidationException e) {
            OpenStreams.answerJson(response, 400, ApiEnvelope.failure(ErrorCode.VALIDATION_ERROR, e.getMessage()));
            return;
        } catch (SessionNotFoundException e) {
            OpenStreams.answerJson(response, 404, ApiEnvelope.serviceFailure("SESSION_NOT_FOUND", "Session not found", 404));
            return;
        }
        String connected = WireJson.write(new ConnectedFrame("connected", stream.sessionId().value(), stream.fromOffset(),
                stream.openedAt()));
        Optional<SseChannel> channel = open.begin(stream::close, connected, request, response);
        if (channel.isPresent()) {
            stream.start(new Frames(channel.get()));
        }
    }

    /** Writes a stream's events to its client; stored events carry {@code id: <offset>}. */
    private static final class Frames extends SseFrames implements Listener {
        Frames(SseChannel channel) {
            super(channel);
        }

        @Override
        public void onEvent(SessionEvent event) throws IOException {
            channel.data(String.valueOf(event.offset()),
                    WireJson.write(new EventFrame(event.type(), event.data(), event.timestamp(), event.offset())));
        }
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
}
