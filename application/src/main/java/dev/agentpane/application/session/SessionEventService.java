package dev.agentpane.application.session;

import dev.agentpane.application.port.in.session.AppendSessionEventsCommand;
import dev.agentpane.application.port.in.session.AppendSessionEventsUseCase;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventChannel;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one path that appends to a session's event log (reference §4.5: the original had two, with diverging offsets).
 * A request's events go in one transaction at consecutive offsets together with the session's summary. Appenders of
 * one session queue on the event log's session lock (see {@link SessionEventRepository#append}), so they never read
 * the same last offset; should a writer bypass it, the log's unique offset refuses the second one and its transaction
 * rolls back whole. The summary is read after the events are inserted, so it includes every append before it.
 * Only after the commit is the {@link SessionEventBus} told, so a live stream never announces an event that is not
 * stored.
 */
public class SessionEventService implements AppendSessionEventsUseCase {
    private static final System.Logger LOG = System.getLogger(SessionEventService.class.getName());

    private final SessionRepository sessions;
    private final SessionEventRepository events;
    private final SessionSummaryRepository summaries;
    private final SessionEventBus bus;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SessionEventService(SessionRepository sessions, SessionEventRepository events, SessionSummaryRepository summaries,
            SessionEventBus bus, TransactionRunner transactions, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.summaries = summaries;
        this.bus = bus;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Long> append(AppendSessionEventsCommand command) {
        List<SessionEvent> appended = transactions.inTransaction(() -> appendOnce(command));
        announce(command.sessionId(), appended.get(appended.size() - 1).offset());
        return appended.stream().map(SessionEvent::offset).toList();
    }

    private List<SessionEvent> appendOnce(AppendSessionEventsCommand command) {
        SessionId id = command.sessionId();
        Session session = sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<NewSessionEvent> drafts = new ArrayList<>(command.events().size());
        for (AppendSessionEventsCommand.Event draft : command.events()) {
            String channel = draft.channel() != null ? draft.channel() : SessionEventChannel.forType(draft.type());
            long timestamp = draft.timestamp() != null ? draft.timestamp() : now.toEpochMilli();
            drafts.add(NewSessionEvent.create(id, draft.type(), channel, draft.data(), timestamp, now));
        }
        List<SessionEvent> appended = events.appendAll(drafts);
        SessionSummary current = summaries.findBySession(id).orElseGet(() -> SessionSummary.create(id, now));
        summaries.upsert(SessionSummaryRules.apply(current, session, appended, now));
        return appended;
    }

    /** The events are stored whatever the bus does; a failing bus must not turn that into an error the client retries. */
    private void announce(SessionId id, long latestOffset) {
        try {
            bus.published(id, latestOffset);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Live streams of session " + id + " were not told of offset " + latestOffset, e);
        }
    }

}
