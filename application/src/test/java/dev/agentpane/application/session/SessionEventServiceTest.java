package dev.agentpane.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.session.AppendSessionEventsCommand;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException;
import dev.agentpane.domain.sessionsummary.SessionFinalStatus;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionEventServiceTest {
    private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07.123Z");
    private static final Instant NOW = CREATED.plusSeconds(60);
    private final InMemoryStores stores = new InMemoryStores();
    private final RecordingSessionEventBus bus = new RecordingSessionEventBus();
    /** Fails this many appends with an offset clash before letting them through. */
    private final AtomicInteger clashesToCome = new AtomicInteger();
    private SessionEventService service;
    private Session session;

    @BeforeEach
    void setUp() {
        SessionEventRepository real = stores.port(SessionEventRepository.class);
        SessionEventRepository clashing = new SessionEventRepository() {
            @Override
            public List<SessionEvent> appendAll(List<NewSessionEvent> events) {
                List<SessionEvent> appended = real.appendAll(events);
                if (clashesToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new SessionEventOffsetTakenException(events.get(0).sessionId(), appended.get(0).offset());
                }
                return appended;
            }

            @Override
            public Optional<SessionEvent> findById(SessionEventId id) {
                return real.findById(id);
            }

            @Override
            public List<SessionEvent> findBySession(SessionId sessionId, long fromOffset, int limit) {
                return real.findBySession(sessionId, fromOffset, limit);
            }

            @Override
            public long countBySession(SessionId sessionId) {
                return real.countBySession(sessionId);
            }

            @Override
            public OptionalLong findLatestOffset(SessionId sessionId) {
                return real.findLatestOffset(sessionId);
            }
        };
        service = new SessionEventService(stores.port(SessionRepository.class), clashing, stores.port(SessionSummaryRepository.class),
                bus, stores.port(TransactionRunner.class), Clock.fixed(NOW, ZoneOffset.UTC));
        session = Session.create(ProjectId.of("p"), null, null, "S", "http://localhost:3001", CREATED);
        stores.port(SessionRepository.class).insert(session);
    }

    private List<Long> append(AppendSessionEventsCommand.Event... drafts) {
        return service.append(new AppendSessionEventsCommand(session.id(), List.of(drafts)));
    }

    private List<SessionEvent> stored() {
        return stores.port(SessionEventRepository.class).findBySession(session.id(), 0, 1000);
    }

    private SessionSummary summary() {
        return stores.port(SessionSummaryRepository.class).findBySession(session.id()).orElseThrow();
    }

    private static AppendSessionEventsCommand.Event event(String type, Object data) {
        return new AppendSessionEventsCommand.Event(type, null, data, null);
    }

    @Test
    void a_batch_gets_consecutive_offsets_and_one_notice_after_it_is_stored() {
        assertThat(append(event("chunk", "a"), event("chunk", "b"))).containsExactly(0L, 1L);
        assertThat(append(event("chunk", "c"), event("chunk", "d"), event("chunk", "e"))).containsExactly(2L, 3L, 4L);

        assertThat(stored()).extracting(SessionEvent::data).containsExactly("a", "b", "c", "d", "e");
        assertThat(bus.notices).containsExactly(new RecordingSessionEventBus.Notice(session.id(), 1),
                new RecordingSessionEventBus.Notice(session.id(), 4));
    }

    @Test
    void channels_come_from_the_type_unless_given_and_timestamps_default_to_now() {
        append(event("chunk", 1L), event("tool:start", 1L), event("container-agent:tool:start", 1L), event("agent:turn", 1L),
                event("state:update", 1L), event("plan:turn", 1L), event("task-creation:token", 1L), event("sandbox:ready", 1L),
                event("terminal:output", 1L), event("presence:joined", 1L), event("approval:requested", 1L), event("custom", 1L),
                new AppendSessionEventsCommand.Event("custom", "mine", 1L, 42L));

        assertThat(stored()).extracting(SessionEvent::channel).containsExactly("chunks", "toolCalls", "containerAgent", "agent", "state",
                "plan", "taskCreation", "sandbox", "terminal", "presence", "approval", "other", "mine");
        assertThat(stored().get(0).timestamp()).isEqualTo(NOW.toEpochMilli());
        assertThat(stored().get(12).timestamp()).isEqualTo(42L);
    }

    @Test
    void the_summary_exists_after_the_first_event_and_counts_what_the_payloads_carry() {
        append(event("chunk", "hello"));
        assertThat(summary().updatedAt()).isEqualTo(NOW);
        assertThat(summary().turnsCount()).isZero();

        append(event("container-agent:turn", Map.of("turn", 2L, "maxTurns", 50L)),
                event("container-agent:message", Map.of("role", "assistant", "usage", Map.of("input_tokens", 100L, "output_tokens", 20L))),
                event("container-agent:file_changed", Map.of("path", "a.txt", "additions", 7L, "deletions", 3L)),
                event("container-agent:turn", Map.of("turn", "three")));
        assertThat(summary().turnsCount()).isEqualTo(2);
        assertThat(summary().tokensUsed()).isEqualTo(120);
        assertThat(summary().linesAdded()).isEqualTo(7);
        assertThat(summary().linesRemoved()).isEqualTo(3);
        assertThat(summary().finalStatus()).isNull();

        append(new AppendSessionEventsCommand.Event("container-agent:complete", null, Map.of("status", "completed", "turnCount", 4L),
                CREATED.toEpochMilli() + 5000));
        assertThat(summary().turnsCount()).isEqualTo(4);
        assertThat(summary().finalStatus()).isEqualTo(SessionFinalStatus.SUCCESS);
        assertThat(summary().durationMs()).isEqualTo(5000L);

        append(event("container-agent:error", Map.of("error", "boom", "turnCount", 1L)));
        assertThat(summary().finalStatus()).isEqualTo(SessionFinalStatus.FAILED);
        assertThat(summary().turnsCount()).isEqualTo(4);
        append(event("container-agent:cancelled", Map.of()));
        assertThat(summary().finalStatus()).isEqualTo(SessionFinalStatus.CANCELLED);
    }

    @Test
    void an_offset_clash_rolls_the_whole_batch_back_and_announces_nothing() {
        clashesToCome.set(1);

        assertThatThrownBy(() -> append(event("chunk", "a"), event("chunk", "b"))).isInstanceOf(SessionEventOffsetTakenException.class);

        assertThat(stored()).isEmpty();
        assertThat(stores.port(SessionSummaryRepository.class).findBySession(session.id())).isEmpty();
        assertThat(bus.notices).isEmpty();
        assertThat(append(event("chunk", "c"))).containsExactly(0L);
    }

    @Test
    void an_unknown_session_stores_nothing() {
        List<AppendSessionEventsCommand.Event> one = List.of(event("chunk", "a"));
        assertThatThrownBy(() -> service.append(new AppendSessionEventsCommand(SessionId.of("nope"), one)))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(bus.notices).isEmpty();
    }

    @Test
    void commands_refuse_empty_oversized_and_malformed_batches() {
        assertThatThrownBy(() -> new AppendSessionEventsCommand(session.id(), List.of())).isInstanceOf(ValidationException.class);
        List<AppendSessionEventsCommand.Event> tooMany = new ArrayList<>(Collections.nCopies(501, event("chunk", "a")));
        assertThatThrownBy(() -> new AppendSessionEventsCommand(session.id(), tooMany)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event("", "a")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> event("t".repeat(101), "a")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AppendSessionEventsCommand.Event("chunk", null, "a", -1L)).isInstanceOf(ValidationException.class);
    }
}
