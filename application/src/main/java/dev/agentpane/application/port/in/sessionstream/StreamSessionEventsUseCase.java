package dev.agentpane.application.port.in.sessionstream;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.SessionEvent;

/**
 * A live stream of a session's events: the stored ones from an offset on, then each new one as it is stored, each
 * exactly once and in offset order, whichever instance stored it. A driving adapter (the SSE route) opens a stream,
 * answers its client, then starts the stream with a {@link Listener} that writes to that client.
 */
public interface StreamSessionEventsUseCase {
    /**
     * Checks the session and subscribes to its notices; delivers nothing until {@link SessionEventStream#start}.
     *
     * @param fromOffset the first offset to deliver (0 for the whole log)
     * @throws SessionNotFoundException when no session has the id
     * @throws dev.agentpane.domain.shared.ValidationException when {@code fromOffset} is negative
     */
    SessionEventStream open(SessionId sessionId, long fromOffset);

    /** An open stream. Closing it (any number of times, from any thread) unsubscribes and ends its listener. */
    interface SessionEventStream extends AutoCloseable {
        SessionId sessionId();

        long fromOffset();

        /** When the stream was opened, in epoch milliseconds. */
        long openedAt();

        /** Replays the stored events from {@link #fromOffset()}, then delivers live ones; call once. */
        void start(Listener listener);

        @Override
        void close();
    }

    /**
     * Receives a stream's events. The calls of one stream never overlap and come from the service's own threads; a call
     * that throws ends the stream (the client is gone).
     */
    interface Listener {
        void onEvent(SessionEvent event) throws Exception;

        /** Nothing to send for a while: a chance to tell the client that the stream is alive. */
        void onKeepAlive() throws Exception;

        /** The stream has ended (closed, failed, or the server stops); called once, as the last call. */
        void onClosed();
    }
}
