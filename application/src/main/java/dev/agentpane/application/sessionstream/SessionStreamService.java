package dev.agentpane.application.sessionstream;

import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.stream.LiveStreams;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Live session streams over the event log and the {@link SessionEventBus}.
 *
 * <p>Per stream: subscribe first, then replay from the log, then on each notice read from the next unsent offset. All
 * reads and listener calls of a stream run as one serial drain ({@link LiveStreams}), so the next unsent offset only
 * grows: nothing is sent twice. An event stored at offset k is published after its commit; a stream subscribed before
 * that notice either has sent k already or runs a pass that starts after the notice and so reads k; a stream
 * subscribed after it replays from the log after subscribing and so reads k too: nothing is lost. Offsets of a session
 * become visible in order (each append reads the previous offset), so a read never skips one.
 */
public class SessionStreamService implements StreamSessionEventsUseCase, AutoCloseable {
    public static final Duration DEFAULT_KEEP_ALIVE_INTERVAL = Duration.ofSeconds(15);
    static final int PAGE_SIZE = 500;

    private final SessionRepository sessions;
    private final SessionEventRepository events;
    private final SessionEventBus bus;
    private final Clock clock;
    private final LiveStreams streams;

    public SessionStreamService(SessionRepository sessions, SessionEventRepository events, SessionEventBus bus, Clock clock,
            Duration keepAliveInterval) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.events = Objects.requireNonNull(events, "events");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.streams = new LiveStreams("session-stream", keepAliveInterval);
    }

    @Override
    public SessionEventStream open(SessionId sessionId, long fromOffset) {
        if (fromOffset < 0) {
            throw new ValidationException("offset must be a non-negative integer");
        }
        if (sessions.findById(sessionId).isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
        if (streams.isClosed()) {
            throw new IllegalStateException("The session streams are shut down");
        }
        Stream stream = new Stream(sessionId, fromOffset, clock.millis());
        stream.open();
        return stream;
    }

    /** How many streams are open now (for tests and health). */
    public int openStreams() {
        return streams.openStreams();
    }

    /** Ends every open stream and stops the service's threads. */
    @Override
    public void close() {
        streams.close();
    }

    private final class Stream extends LiveStreams.Stream implements SessionEventStream {
        private final SessionId sessionId;
        private final long fromOffset;
        private final long openedAt;
        private volatile SessionEventBus.Subscription subscription;
        private volatile Listener listener;
        /** Written by the drain only. */
        private volatile long nextOffset;

        Stream(SessionId sessionId, long fromOffset, long openedAt) {
            super(streams);
            this.sessionId = sessionId;
            this.fromOffset = fromOffset;
            this.openedAt = openedAt;
            this.nextOffset = fromOffset;
        }

        void open() {
            register();
            subscription = bus.subscribe(sessionId, this::noticed);
            if (isClosing()) {
                released(); // closed while subscribing: drop the subscription it just got
            }
        }

        @Override
        public SessionId sessionId() {
            return sessionId;
        }

        @Override
        public long fromOffset() {
            return fromOffset;
        }

        @Override
        public long openedAt() {
            return openedAt;
        }

        @Override
        public void start(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            begin();
        }

        /** A notice from the bus: only worth a pass when it names an offset not sent yet. */
        private void noticed(long latestOffset) {
            if (latestOffset >= nextOffset) {
                wake();
            }
        }

        @Override
        protected void sendPending() throws Exception {
            while (!isClosing()) {
                List<SessionEvent> page = events.findBySession(sessionId, nextOffset, PAGE_SIZE);
                for (SessionEvent event : page) {
                    if (isClosing()) {
                        return;
                    }
                    listener.onEvent(event);
                    nextOffset = event.offset() + 1;
                }
                if (page.size() < PAGE_SIZE) {
                    return;
                }
            }
        }

        @Override
        protected void sendKeepAlive() throws Exception {
            listener.onKeepAlive();
        }

        @Override
        protected void ended() {
            listener.onClosed();
        }

        @Override
        protected void released() {
            SessionEventBus.Subscription current = subscription;
            if (current != null) {
                current.close();
            }
        }
    }
}
