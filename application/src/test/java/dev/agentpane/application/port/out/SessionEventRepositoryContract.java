package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.DuplicateSessionEventException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link SessionEventRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class SessionEventRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final long BEYOND_DOUBLE_PRECISION = 9_007_199_254_740_993L;

    private SessionEventRepository events() {
        return port(SessionEventRepository.class);
    }

    private SessionId storedSession(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        Session session = Session.create(project.id(), null, null, null, "http://localhost:3001", T0);
        port(SessionRepository.class).insert(session);
        return session.id();
    }

    private static NewSessionEvent chunk(SessionId sessionId, String text) {
        return NewSessionEvent.create(sessionId, "chunk", "chunks", Map.of("text", text), T0.toEpochMilli(), T0);
    }

    @Test
    void appending_numbers_each_sessions_events_from_zero() {
        SessionId first = storedSession("/repos/a");
        SessionId second = storedSession("/repos/b");

        assertThat(events().append(chunk(first, "a0")).offset()).isZero();
        assertThat(events().append(chunk(first, "a1")).offset()).isEqualTo(1);
        assertThat(events().append(chunk(second, "b0")).offset()).isZero();
        assertThat(events().append(chunk(first, "a2")).offset()).isEqualTo(2);
    }

    @Test
    void a_fully_populated_event_reads_back_equal() {
        SessionId sessionId = storedSession("/repos/a");
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "Bash");
        tool.put("input", Map.of("command", "echo grüß dich 👋"));
        tool.put("args", List.of(1L, 2.5, true, "drei"));
        tool.put("nothing", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tool", tool);
        data.put("turn", BEYOND_DOUBLE_PRECISION);
        NewSessionEvent event = NewSessionEvent.withId(SessionEventId.of("Caller_event-1"), sessionId,
                padded("container-agent:tool:start", NewSessionEvent.TYPE_MAX),
                padded("containerAgent", NewSessionEvent.CHANNEL_MAX), data,
                BEYOND_DOUBLE_PRECISION, "user-ß", T0);

        SessionEvent appended = events().append(event);

        assertThat(appended).isEqualTo(event.atOffset(0));
        assertThat(events().findById(event.id())).contains(appended);
    }

    private static String padded(String prefix, int length) {
        return prefix + "x".repeat(length - prefix.length());
    }

    @Test
    void a_payload_may_be_any_json_value_but_null() {
        SessionId sessionId = storedSession("/repos/a");
        List<Object> payloads = List.of("plain text", 42L, 0.25, false, List.of("a", Map.of("b", 1L)), Map.of());

        for (Object payload : payloads) {
            SessionEvent appended = events().append(
                    NewSessionEvent.create(sessionId, "state:update", "state", payload, 1L, T0));
            assertThat(events().findById(appended.id())).map(SessionEvent::data).contains(payload);
        }
    }

    @Test
    void reads_a_sessions_events_in_offset_order_from_an_offset_with_a_limit() {
        SessionId sessionId = storedSession("/repos/a");
        SessionId otherSessionId = storedSession("/repos/b");
        List<SessionEvent> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appended.add(events().append(chunk(sessionId, "e" + i)));
            events().append(chunk(otherSessionId, "other" + i));
        }

        assertThat(events().findBySession(sessionId, 0, 2)).containsExactly(appended.get(0), appended.get(1));
        assertThat(events().findBySession(sessionId, 2, 2)).containsExactly(appended.get(2), appended.get(3));
        assertThat(events().findBySession(sessionId, 4, 10)).containsExactly(appended.get(4));
        assertThat(events().findBySession(sessionId, 5, 10)).isEmpty();
        assertThat(events().countBySession(sessionId)).isEqualTo(5);
        assertThat(events().findLatestOffset(sessionId)).hasValue(4);
    }

    @Test
    void a_session_without_events_has_no_latest_offset() {
        SessionId sessionId = storedSession("/repos/a");

        assertThat(events().findLatestOffset(sessionId)).isEmpty();
        assertThat(events().countBySession(sessionId)).isZero();
        assertThat(events().findBySession(sessionId, 0, 10)).isEmpty();
        assertThat(events().findById(SessionEventId.of("nope"))).isEmpty();
    }

    @Test
    void an_event_id_cannot_be_appended_twice() {
        SessionId sessionId = storedSession("/repos/a");
        NewSessionEvent event = chunk(sessionId, "once");
        events().append(event);

        assertThatThrownBy(() -> events().append(event)).isInstanceOf(DuplicateSessionEventException.class);

        assertThat(events().countBySession(sessionId)).isEqualTo(1);
        assertThat(events().findLatestOffset(sessionId)).hasValue(0);
    }

    @Test
    void concurrent_appends_that_retry_on_a_taken_offset_get_every_offset_once() throws Exception {
        SessionId sessionId = storedSession("/repos/a");
        int writers = 4;
        int appendsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(() -> {
                    List<Long> offsets = new ArrayList<>();
                    for (int i = 0; i < appendsEach; i++) {
                        offsets.add(appendRetrying(chunk(sessionId, "concurrent")).offset());
                    }
                    return offsets;
                });
            }
            List<Long> offsets = new ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(work)) {
                offsets.addAll(result.get());
            }

            assertThat(offsets).containsExactlyInAnyOrderElementsOf(
                    LongStream.range(0, (long) writers * appendsEach).boxed().toList());
            assertThat(events().countBySession(sessionId)).isEqualTo((long) writers * appendsEach);
        } finally {
            pool.shutdownNow();
        }
    }

    private SessionEvent appendRetrying(NewSessionEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return events().append(event);
            } catch (SessionEventOffsetTakenException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    @Test
    void a_batch_takes_consecutive_offsets_after_the_last_event_in_its_order() {
        SessionId session = storedSession("/repos/batch");
        events().append(chunk(session, "first"));

        List<SessionEvent> batch = events().appendAll(List.of(chunk(session, "a"), chunk(session, "b"), chunk(session, "c")));

        assertThat(batch).extracting(SessionEvent::offset).containsExactly(1L, 2L, 3L);
        assertThat(events().findBySession(session, 0, 10)).extracting(event -> event.data().toString())
                .containsExactly("{text=first}", "{text=a}", "{text=b}", "{text=c}");
        assertThat(events().appendAll(List.of())).isEmpty();
    }

    @Test
    void a_batch_with_an_id_taken_or_repeated_stores_none_of_its_events() {
        SessionId session = storedSession("/repos/batch-duplicates");
        NewSessionEvent stored = chunk(session, "stored");
        events().append(stored);
        NewSessionEvent fresh = chunk(session, "fresh");

        assertThatThrownBy(() -> events().appendAll(List.of(fresh, stored))).isInstanceOf(DuplicateSessionEventException.class);
        assertThatThrownBy(() -> events().appendAll(List.of(fresh, fresh))).isInstanceOf(DuplicateSessionEventException.class);
        assertThat(events().countBySession(session)).isEqualTo(1);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        SessionId sessionId = storedSession("/repos/a");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            events().append(chunk(sessionId, "first"));
            events().append(chunk(sessionId, "second"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events().countBySession(sessionId)).isZero();
        assertThat(events().findLatestOffset(sessionId)).isEmpty();
    }
}
