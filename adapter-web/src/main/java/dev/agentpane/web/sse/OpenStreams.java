package dev.agentpane.web.sse;

import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.WireJson;
import dev.agentpane.web.server.LongLivedResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The event streams this server is sending now (every route's), so that stopping the server can end them first. */
public final class OpenStreams implements LongLivedResponses {
    private final Set<SseChannel> channels = ConcurrentHashMap.newKeySet();
    private boolean ended; // guarded by this

    /** True once the server is stopping: a new stream must be refused with {@link #refuseWhileStopping}. */
    public synchronized boolean ending() {
        return ended;
    }

    /**
     * Answers the stream's head and first frame and leaves the response open. Empty when the stream must not go on (the
     * server is stopping: answered 503; or the client left): the stream is closed then.
     *
     * @param closeStream ends the stream behind the response; the channel calls it when the client or the server ends it
     */
    public Optional<SseChannel> begin(Runnable closeStream, String firstFrameJson, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        SseChannel channel = new SseChannel(closeStream, this);
        if (!add(channel)) {
            closeStream.run();
            refuseWhileStopping(response);
            return Optional.empty();
        }
        try {
            channel.begin(request, response);
            channel.data(firstFrameJson);
        } catch (IOException | RuntimeException e) {
            closeStream.run();
            channel.finish();
            return Optional.empty(); // the client left before the first frame
        }
        return Optional.of(channel);
    }

    /** 503 while the server stops. */
    public static void refuseWhileStopping(HttpServletResponse response) throws IOException {
        answerJson(response, 503, ApiEnvelope.failure(ErrorCode.SERVICE_UNAVAILABLE, "The server is stopping"));
    }

    /** An error envelope instead of a stream, whatever the request accepts (an EventSource asks for text/event-stream). */
    public static void answerJson(HttpServletResponse response, int status, Object envelope) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(WireJson.write(envelope).getBytes(StandardCharsets.UTF_8));
    }

    private synchronized boolean add(SseChannel channel) {
        if (ended) {
            return false;
        }
        channels.add(channel);
        return true;
    }

    void remove(SseChannel channel) {
        channels.remove(channel);
    }

    public int size() {
        return channels.size();
    }

    @Override
    public void endAll() {
        List<SseChannel> open;
        synchronized (this) {
            ended = true;
            open = List.copyOf(channels);
        }
        open.forEach(SseChannel::end);
    }
}
