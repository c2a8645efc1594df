package dev.agentpane.web.sessionstream;

import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase.Listener;
import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase.SessionEventStream;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.web.api.WireJson;
import dev.agentpane.web.server.ExplicitKeepAlive;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One client's Server-Sent Events response (reference §4.5, §10): unnamed frames, each a {@code data: <json>} line
 * and a blank line; stored events also carry {@code id: <offset>} so that a reconnecting EventSource sends
 * {@code Last-Event-ID}; {@code : ping} comments keep the connection alive. Runs on an async servlet response.
 */
final class SseChannel implements Listener, AsyncListener {
    private final SessionEventStream stream;
    private final OpenSessionStreams registry;
    private AsyncContext async;
    private ServletOutputStream out;

    /** The frame every stream starts with. */
    record ConnectedFrame(String type, String sessionId, long offset, long timestamp) {
    }

    /** A stored event, as the original's client reads it. */
    record EventFrame(String type, Object data, long timestamp, long offset) {
    }

    SseChannel(SessionEventStream stream, OpenSessionStreams registry) {
        this.stream = stream;
        this.registry = registry;
    }

    /** Sends the headers and the connected frame, leaving the response open. */
    void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        ExplicitKeepAlive.add(request, response);
        async = request.startAsync(request, response);
        async.setTimeout(0);
        async.addListener(this);
        out = response.getOutputStream();
        write("data: " + WireJson.write(new ConnectedFrame("connected", stream.sessionId().value(), stream.fromOffset(),
                stream.openedAt())) + "\n\n");
    }

    @Override
    public void onEvent(SessionEvent event) throws IOException {
        String json = WireJson.write(new EventFrame(event.type(), event.data(), event.timestamp(), event.offset()));
        write("id: " + event.offset() + "\ndata: " + json + "\n\n");
    }

    @Override
    public void onKeepAlive() throws IOException {
        write(": ping\n\n");
    }

    private synchronized void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The stream is over: finish the response. */
    @Override
    public void onClosed() {
        registry.remove(this);
        AsyncContext context = async;
        if (context != null) {
            try {
                context.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container finished the response already (client gone)
            }
        }
    }

    /** Ends the stream from outside (the server stops); the stream then finishes the response. */
    void end() {
        stream.close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        stream.close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        stream.close();
    }

    @Override
    public void onError(AsyncEvent event) {
        stream.close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }
}
