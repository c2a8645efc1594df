package dev.agentpane.application.session;

import dev.agentpane.application.port.in.session.CreateSessionCommand;
import dev.agentpane.application.port.in.session.CreateSessionUseCase;
import dev.agentpane.application.port.in.session.DeleteSessionUseCase;
import dev.agentpane.application.port.in.session.ExportSessionUseCase;
import dev.agentpane.application.port.in.session.GetSessionSummaryUseCase;
import dev.agentpane.application.port.in.session.GetSessionUseCase;
import dev.agentpane.application.port.in.session.ListSessionEventsUseCase;
import dev.agentpane.application.port.in.session.ListSessionsQuery;
import dev.agentpane.application.port.in.session.ListSessionsUseCase;
import dev.agentpane.application.port.in.session.SessionEventPage;
import dev.agentpane.application.port.in.session.SessionPage;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionAgentNotFoundException;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.session.SessionStatus;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Sessions (reference §4.4) and the reading side of their event logs; appending is {@link SessionEventService}. */
public class SessionService implements CreateSessionUseCase, GetSessionUseCase, ListSessionsUseCase, DeleteSessionUseCase,
        ListSessionEventsUseCase, GetSessionSummaryUseCase, ExportSessionUseCase {
    /** The original's session service writes this base into every session's url. */
    public static final String URL_PREFIX = "http://localhost:3001";

    private final SessionRepository sessions;
    private final SessionEventRepository events;
    private final SessionSummaryRepository summaries;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final AgentRepository agents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SessionService(SessionRepository sessions, SessionEventRepository events, SessionSummaryRepository summaries,
            ProjectRepository projects, TaskRepository tasks, AgentRepository agents, TransactionRunner transactions, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.summaries = summaries;
        this.projects = projects;
        this.tasks = tasks;
        this.agents = agents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Session create(CreateSessionCommand command) {
        return transactions.inTransaction(() -> {
            projects.findById(command.projectId()).orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            if (command.taskId() != null) {
                Task task = tasks.findById(command.taskId()).orElseThrow(() -> new TaskNotFoundException(command.taskId()));
                if (!task.projectId().equals(command.projectId())) {
                    throw new ValidationException("The task belongs to another project");
                }
            }
            if (command.agentId() != null) {
                Agent agent = agents.findById(command.agentId())
                        .orElseThrow(() -> new SessionAgentNotFoundException(command.agentId().value()));
                if (!agent.projectId().equals(command.projectId())) {
                    throw new ValidationException("The agent belongs to another project");
                }
            }
            Instant now = now();
            Session session = Session.create(command.projectId(), command.taskId() == null ? null : command.taskId().value(),
                    command.agentId() == null ? null : command.agentId().value(), command.title(), URL_PREFIX, now);
            sessions.insert(session);
            Session active = session.withStatus(SessionStatus.ACTIVE, now);
            sessions.update(active);
            return active;
        });
    }

    @Override
    public Session get(SessionId id) {
        return sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
    }

    @Override
    public SessionPage list(ListSessionsQuery query) {
        int oneMore = query.limit() + 1;
        List<Session> found = query.projectId() == null ? sessions.findRecentlyUpdated(oneMore, query.offset())
                : sessions.findByProject(query.projectId(), oneMore, query.offset());
        boolean hasMore = found.size() > query.limit();
        return new SessionPage(hasMore ? found.subList(0, query.limit()) : found, hasMore);
    }

    @Override
    public void delete(SessionId id) {
        transactions.inTransaction(() -> {
            // Deleting the session clears it from its cards, which moves the board on: take the board first, as card
            // writers do, so the two never wait for each other in opposite order.
            Session session = sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
            tasks.lockBoard(session.projectId());
            if (!sessions.deleteById(id)) {
                throw new SessionNotFoundException(id);
            }
        });
    }

    @Override
    public SessionEventPage events(SessionId id, int limit, int offset) {
        ListSessionEventsUseCase.checkPage(limit, offset);
        get(id);
        // Offsets run 0..n-1 without gaps, so skipping the first `offset` events starts at that offset.
        return new SessionEventPage(events.findBySession(id, offset, limit), events.countBySession(id));
    }

    @Override
    public Optional<SessionSummary> summary(SessionId id) {
        get(id);
        return summaries.findBySession(id);
    }

    @Override
    public ExportSessionUseCase.Transcript transcript(SessionId id) {
        Session session = get(id);
        return new ExportSessionUseCase.Transcript(session, events.findBySession(id, 0, ExportSessionUseCase.Transcript.MAX_EVENTS), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
