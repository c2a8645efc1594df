package dev.agentpane.web.sse;

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
 * One client's Server-Sent Events response, as the original's clients read it (reference §10): unnamed frames, each
 * an optional {@code id:} line, a {@code data: <json>} line and a blank line; {@code : ping} comments keep the
 * connection alive. Runs on an async servlet response; the stream behind it is closed when the client leaves, the
 * container ends the request, or the server stops.
 */
public final class SseChannel implements AsyncListener {
    private final Runnable closeStream;
    private final OpenStreams registry;
    private AsyncContext async;
    private ServletOutputStream out;

    SseChannel(Runnable closeStream, OpenStreams registry) {
        this.closeStream = closeStream;
        this.registry = registry;
    }

    /** Sends the headers, leaving the response open. */
    void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        ExplicitKeepAlive.add(request, response);
        async = request.startAsync(request, response);
        async.setTimeout(0);
        async.addListener(this);
        out = response.getOutputStream();
    }

    /** An unnamed frame carrying {@code json}. */
    public void data(String json) throws IOException {
        write("data: " + json + "\n\n");
    }

    /** An unnamed frame carrying {@code json} under an id a reconnecting EventSource sends back as {@code Last-Event-ID}. */
    public void data(String id, String json) throws IOException {
        write("id: " + id + "\ndata: " + json + "\n\n");
    }

    public void ping() throws IOException {
        write(": ping\n\n");
    }

    private synchronized void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The stream is over: finish the response. */
    public void finish() {
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
        closeStream.run();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        closeStream.run();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        closeStream.run();
    }

    @Override
    public void onError(AsyncEvent event) {
        closeStream.run();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }
}
