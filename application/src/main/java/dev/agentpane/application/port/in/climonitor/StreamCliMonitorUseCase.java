package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.domain.clisession.CliSession;
import java.util.List;

/**
 * A live stream of the CLI monitor: a snapshot, then every event after it, in order, each once. A driving adapter (the
 * SSE route) opens a stream, sends the snapshot to its client, then starts the stream with a {@link Listener}.
 */
public interface StreamCliMonitorUseCase {
    /** At most this many streams are open at once. */
    int MAX_STREAMS = 50;
    /** A stream whose client falls this many events behind is ended; reconnecting brings a fresh snapshot. */
    int MAX_PENDING_EVENTS = 50_000;
    /** The stored sessions a snapshot shows when the live view is empty. */
    int HISTORY_IN_SNAPSHOT = 100;

    /**
     * Takes the snapshot and subscribes to the events after it; delivers nothing until {@link CliMonitorStream#start}.
     *
     * @throws TooManyStreamsException when {@link #MAX_STREAMS} streams are open
     */
    CliMonitorStream open();

    /** An open stream. Closing it (any number of times, from any thread) unsubscribes and ends its listener. */
    interface CliMonitorStream extends AutoCloseable {
        Snapshot snapshot();

        /** Delivers the events published since the snapshot, then live ones; call once. */
        void start(Listener listener);

        @Override
        void close();
    }

    /**
     * What the monitor shows when a stream opens.
     *
     * @param sessions the live sessions, most recently active first; when there are none, the most recently active
     *                 stored ones (at most {@link #HISTORY_IN_SNAPSHOT})
     * @param daemon   null when none is registered
     */
    record Snapshot(List<CliSession> sessions, CliDaemon daemon, boolean connected) {
        public Snapshot {
            sessions = List.copyOf(sessions);
        }
    }

    /**
     * Receives a stream's events. The calls of one stream never overlap and come from the service's own threads; a call
     * that throws ends the stream (the client is gone).
     */
    interface Listener {
        void onEvent(CliMonitorEvent event) throws Exception;

        /** Nothing to send for a while: a chance to tell the client that the stream is alive. */
        void onKeepAlive() throws Exception;

        /** The stream has ended (closed, failed, fell behind, or the server stops); called once, as the last call. */
        void onClosed();
    }

    class TooManyStreamsException extends RuntimeException {
        public TooManyStreamsException() {
            super("At most " + MAX_STREAMS + " CLI monitor streams may be open at once");
        }
    }
}
