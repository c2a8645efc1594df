package dev.agentpane.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.session.AppendSessionEventsCommand;
import dev.agentpane.application.port.in.session.CreateSessionCommand;
import dev.agentpane.application.port.in.session.ListSessionsQuery;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionAgentNotFoundException;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.session.SessionStatus;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskNotFoundException;
import dev.agentpane.domain.task.TaskPriority;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionServiceTest {
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.123456Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private SessionService service;
    private SessionEventService appender;
    private ProjectId projectId;

    @BeforeEach
    void setUp() {
        TransactionRunner transactions = stores.port(TransactionRunner.class);
        service = new SessionService(stores.port(SessionRepository.class), stores.port(SessionEventRepository.class),
                stores.port(SessionSummaryRepository.class), stores.port(ProjectRepository.class), stores.port(TaskRepository.class),
                stores.port(AgentRepository.class), transactions, clock);
        appender = new SessionEventService(stores.port(SessionRepository.class), stores.port(SessionEventRepository.class),
                stores.port(SessionSummaryRepository.class), new RecordingSessionEventBus(), transactions, clock);
        projectId = project("/p");
    }

    private ProjectId project(String path) {
        Project project = Project.create("P", path, null, NOW);
        stores.port(ProjectRepository.class).insert(project);
        return project.id();
    }

    @Test
    void a_new_session_is_active_with_the_original_s_url_and_millisecond_times() {
        Session session = service.create(new CreateSessionCommand(projectId, null, null, "Pairing"));

        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(session.url()).isEqualTo("http://localhost:3001/sessions/" + session.id());
        assertThat(session.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123Z"));
        assertThat(session.closedAt()).isNull();
        assertThat(service.get(session.id())).isEqualTo(session);
    }

    @Test
    void the_project_task_and_agent_must_exist_and_belong_together() {
        ProjectId other = project("/other");
        Task task = Task.create(other, "t", null, null, TaskPriority.MEDIUM, "m", NOW);
        stores.port(TaskRepository.class).insert(task);
        Agent agent = Agent.create(other, "a", AgentType.TASK, new AgentConfig(null, null, null, null, null), NOW);
        stores.port(AgentRepository.class).insert(agent);

        assertThatThrownBy(() -> service.create(new CreateSessionCommand(ProjectId.of("nope"), null, null, null)))
                .isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> service.create(new CreateSessionCommand(projectId, TaskId.of("nope"), null, null)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> service.create(new CreateSessionCommand(projectId, null, AgentId.of("nope"), null)))
                .isInstanceOf(SessionAgentNotFoundException.class);
        assertThatThrownBy(() -> service.create(new CreateSessionCommand(projectId, task.id(), null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.create(new CreateSessionCommand(projectId, null, agent.id(), null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.create(new CreateSessionCommand(projectId, null, null, "x".repeat(501))))
                .isInstanceOf(ValidationException.class);
        assertThat(service.create(new CreateSessionCommand(other, task.id(), agent.id(), null)).taskId()).isEqualTo(task.id().value());
        assertThat(service.list(new ListSessionsQuery(null, 50, 0)).items()).hasSize(1);
    }

    @Test
    void pages_say_whether_more_sessions_follow() {
        for (int i = 0; i < 3; i++) {
            service.create(new CreateSessionCommand(projectId, null, null, "s" + i));
        }

        assertThat(service.list(new ListSessionsQuery(null, 2, 0)).hasMore()).isTrue();
        assertThat(service.list(new ListSessionsQuery(null, 2, 1)).hasMore()).isFalse();
        assertThat(service.list(new ListSessionsQuery(null, 3, 0)).hasMore()).isFalse();
        assertThat(service.list(new ListSessionsQuery(projectId, 3, 0)).items()).hasSize(3);
        assertThat(service.list(new ListSessionsQuery(ProjectId.of("nope"), 3, 0)).items()).isEmpty();
        assertThatThrownBy(() -> new ListSessionsQuery(null, 0, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void events_summary_and_transcript_read_the_log() {
        Session session = service.create(new CreateSessionCommand(projectId, null, null, null));
        assertThat(service.summary(session.id())).isEmpty();
        appender.append(new AppendSessionEventsCommand(session.id(), List.of(draft("a"), draft("b"), draft("c"))));

        var page = service.events(session.id(), 2, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.events()).extracting(e -> e.type()).containsExactly("b", "c");
        assertThat(page.events()).extracting(e -> e.offset()).containsExactly(1L, 2L);
        assertThat(service.summary(session.id())).isPresent();
        assertThat(service.transcript(session.id()).events()).hasSize(3);
        assertThatThrownBy(() -> service.events(session.id(), 0, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void unknown_sessions_are_not_found_and_delete_removes_them() {
        SessionId unknown = SessionId.of("nope");
        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> service.events(unknown, 10, 0)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> service.summary(unknown)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> service.transcript(unknown)).isInstanceOf(SessionNotFoundException.class);

        Session session = service.create(new CreateSessionCommand(projectId, null, null, null));
        service.delete(session.id());
        assertThatThrownBy(() -> service.get(session.id())).isInstanceOf(SessionNotFoundException.class);
    }

    private static AppendSessionEventsCommand.Event draft(String type) {
        return new AppendSessionEventsCommand.Event(type, null, Map.of("x", 1L), null);
    }
}
