package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionId;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.CompactionEvent;
import dev.agentpane.domain.clisession.CompactionType;
import dev.agentpane.domain.clisession.ContextHealth;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.clisession.TurnMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link CliSessionRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class CliSessionRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    /** Above 2^53: a JSON number or a double would lose the last digit. */
    private static final long BEYOND_DOUBLE_PRECISION = 9_007_199_254_740_993L;

    private CliSessionRepository sessions() {
        return port(CliSessionRepository.class);
    }

    private static CliSession session(String sessionId, String projectHash, long lastActivityAt) {
        return CliSession.create(sessionId, "/home/me/.claude/projects/" + sessionId + ".jsonl", "/work/app", "app",
                projectHash, null, CliSessionStatus.IDLE, 0, 0, null, null, null, null, null, null, 1_000L, lastActivityAt,
                0L, false, null, T0);
    }

    /** {@code session} as the daemon would report it later: every reported field changed, and a new id. */
    private static CliSession laterReportOf(CliSession session, Instant at) {
        return CliSession.create(session.sessionId(), "/moved.jsonl", "/work/other", "other", "hash-2", "feature/x",
                CliSessionStatus.WAITING_FOR_APPROVAL, 12, 4, "Fix the build", "Running tests…",
                new PendingToolUse("Bash", "toolu_01"), new TokenUsage(1, 2, 3, 4, null, null), null, "claude-opus-4-5",
                session.startedAt(), session.lastActivityAt() + 10, 4_096L, true, "parent-session", at);
    }

    @Test
    void a_minimal_session_reads_back_equal_with_absent_optionals() {
        CliSession session = session("s-1", "", 2_000L);
        sessions().upsert(session);

        assertThat(sessions().findBySessionId("s-1")).contains(session);
        assertThat(session.pendingToolUse()).isNull();
        assertThat(session.tokenUsage()).isNull();
        assertThat(session.performanceMetrics()).isNull();
        assertThat(session.isSubagent()).isFalse();
    }

    @Test
    void a_fully_reported_session_with_nested_metrics_and_64_bit_times_reads_back_equal() {
        PerformanceMetrics metrics = new PerformanceMetrics(2, BEYOND_DOUBLE_PRECISION,
                List.of(new CompactionEvent(CompactionType.COMPACT, BEYOND_DOUBLE_PRECISION - 1, "auto", 150_000L, 90_000L,
                                "s-full", null),
                        new CompactionEvent(CompactionType.MICROCOMPACT, BEYOND_DOUBLE_PRECISION, "manual", 80_000L, null,
                                "s-full", "parent-ü")),
                List.of(new TurnMetrics(7, 1_200L, 340L, 50_000L, 2_000L, BEYOND_DOUBLE_PRECISION)),
                0.875, 120_000L, 200_000L, 0.6, ContextHealth.WARNING);
        CliSession session = CliSession.withId(CliSessionId.of("Fixed_cli-1"), "s-full", "/home/jürgen/项目/s.jsonl",
                "/home/jürgen/项目", "项目 🚀", "h".repeat(CliSession.PROJECT_HASH_MAX), "main",
                CliSessionStatus.WAITING_FOR_INPUT, Integer.MAX_VALUE, 3, "g".repeat(CliSession.GOAL_MAX),
                "ö".repeat(CliSession.RECENT_OUTPUT_MAX), new PendingToolUse("Edit", "toolu_ü"),
                new TokenUsage(Long.MAX_VALUE, 2, 3, 4, 5L, BEYOND_DOUBLE_PRECISION), metrics, "claude-sonnet-4-5",
                BEYOND_DOUBLE_PRECISION, Long.MAX_VALUE, BEYOND_DOUBLE_PRECISION + 2, true, "parent-ü", T0, T0.plusMillis(1));
        sessions().upsert(session);

        assertThat(sessions().findBySessionId("s-full")).contains(session);
    }

    @Test
    void every_status_round_trips() {
        for (CliSessionStatus status : CliSessionStatus.values()) {
            CliSession base = session("s-" + status.wireValue(), "p", 1L);
            CliSession session = CliSession.withId(base.id(), base.sessionId(), base.filePath(), base.cwd(),
                    base.projectName(), base.projectHash(), null, status, 0, 0, null, null, null, null, null, null, 0L, 1L, 0L,
                    false, null, T0, T0);
            sessions().upsert(session);

            assertThat(sessions().findBySessionId(session.sessionId())).contains(session);
        }
    }

    @Test
    void an_unknown_session_id_finds_nothing() {
        assertThat(sessions().findBySessionId("nope")).isEmpty();
    }

    @Test
    void a_second_report_replaces_the_session_but_keeps_its_id_and_creation_time() {
        CliSession first = session("s-1", "hash-1", 2_000L);
        sessions().upsert(first);
        CliSession later = laterReportOf(first, T0.plusSeconds(30));

        sessions().upsert(later);

        assertThat(sessions().findBySessionId("s-1")).contains(later.withIdentity(first.id(), first.createdAt()));
        assertThat(sessions().findRecentlyActive(null, null, 10)).hasSize(1);
    }

    @Test
    void a_report_that_clears_optional_fields_clears_them_in_the_store() {
        CliSession full = laterReportOf(session("s-1", "hash-1", 2_000L), T0);
        sessions().upsert(full);
        CliSession cleared = session("s-1", "hash-1", 3_000L);

        sessions().upsert(cleared);

        CliSession stored = sessions().findBySessionId("s-1").orElseThrow();
        assertThat(stored.pendingToolUse()).isNull();
        assertThat(stored.tokenUsage()).isNull();
        assertThat(stored.gitBranch()).isNull();
        assertThat(stored.isSubagent()).isFalse();
    }

    @Test
    void the_most_recently_active_sessions_come_first_up_to_the_limit() {
        CliSession oldest = session("s-1", "a", 1_000L);
        CliSession middle = session("s-2", "b", 2_000L);
        CliSession newest = session("s-3", "a", 3_000L);
        List.of(middle, oldest, newest).forEach(sessions()::upsert);

        assertThat(sessions().findRecentlyActive(null, null, 10)).containsExactly(newest, middle, oldest);
        assertThat(sessions().findRecentlyActive(null, null, 2)).containsExactly(newest, middle);
    }

    @Test
    void the_recent_sessions_can_be_narrowed_to_a_project_and_to_activity_strictly_after_a_time() {
        CliSession oldest = session("s-1", "a", 1_000L);
        CliSession middle = session("s-2", "b", 2_000L);
        CliSession newest = session("s-3", "a", 3_000L);
        List.of(oldest, middle, newest).forEach(sessions()::upsert);

        assertThat(sessions().findRecentlyActive("a", null, 10)).containsExactly(newest, oldest);
        assertThat(sessions().findRecentlyActive(null, 2_000L, 10)).containsExactly(newest);
        assertThat(sessions().findRecentlyActive("b", 1_999L, 10)).containsExactly(middle);
        assertThat(sessions().findRecentlyActive("c", null, 10)).isEmpty();
    }

    @Test
    void sessions_inactive_before_the_cut_off_are_deleted_and_counted() {
        CliSession old = session("s-old", "a", 1_000L);
        CliSession atCutOff = session("s-at", "a", 2_000L);
        CliSession recent = session("s-recent", "a", BEYOND_DOUBLE_PRECISION);
        List.of(old, atCutOff, recent).forEach(sessions()::upsert);

        assertThat(sessions().deleteInactiveBefore(2_000L)).isEqualTo(1);

        assertThat(sessions().findRecentlyActive(null, null, 10)).containsExactly(recent, atCutOff);
        assertThat(sessions().deleteInactiveBefore(0L)).isZero();
    }

    @Test
    void a_deleted_session_is_gone_and_deleting_a_missing_one_reports_false() {
        sessions().upsert(session("s-1", "a", 1_000L));

        assertThat(sessions().deleteBySessionId("s-1")).isTrue();
        assertThat(sessions().findBySessionId("s-1")).isEmpty();
        assertThat(sessions().deleteBySessionId("s-1")).isFalse();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            sessions().upsert(session("s-1", "a", 1_000L));
            throw new IllegalStateException("ingest failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sessions().findRecentlyActive(null, null, 10)).isEmpty();
    }

    @Test
    void a_batch_of_500_new_and_known_sessions_is_stored_at_once_and_known_ones_keep_their_identity() {
        CliSession known = session("s-0", "a", 1L);
        sessions().upsert(known);
        List<CliSession> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(laterReportOf(session("s-" + i, "a", 1_000L + i), T0.plusSeconds(1)));
        }

        sessions().upsertAll(batch);

        assertThat(sessions().countRecentlyActive(null, null)).isEqualTo(500);
        assertThat(sessions().findBySessionId("s-0")).contains(batch.get(0).withIdentity(known.id(), known.createdAt()));
        assertThat(sessions().findBySessionId("s-499")).contains(batch.get(499));
        assertThat(sessions().findRecentlyActive(null, null, 500)).hasSize(500);
    }

    @Test
    void sessions_are_found_by_their_session_ids_skipping_unknown_ones() {
        CliSession one = session("s-1", "a", 1L);
        CliSession two = session("s-2", "a", 2L);
        sessions().upsertAll(List.of(one, two, session("s-3", "a", 3L)));

        assertThat(sessions().findBySessionIds(List.of("s-2", "nope", "s-1"))).containsExactlyInAnyOrder(one, two);
        assertThat(sessions().findBySessionIds(List.of("nope"))).isEmpty();
        assertThat(sessions().findBySessionIds(List.of())).isEmpty();
    }

    @Test
    void sessions_are_deleted_by_their_session_ids_and_counted() {
        sessions().upsertAll(List.of(session("s-1", "a", 1L), session("s-2", "a", 2L), session("s-3", "a", 3L)));

        assertThat(sessions().deleteBySessionIds(List.of("s-1", "s-3", "nope"))).isEqualTo(2);
        assertThat(sessions().deleteBySessionIds(List.of())).isZero();

        assertThat(sessions().findRecentlyActive(null, null, 10)).extracting(CliSession::sessionId).containsExactly("s-2");
    }

    @Test
    void the_count_of_recent_sessions_ignores_the_limit_but_honours_the_project_and_the_time() {
        sessions().upsertAll(List.of(session("s-1", "a", 1_000L), session("s-2", "b", 2_000L), session("s-3", "a", 3_000L)));

        assertThat(sessions().countRecentlyActive(null, null)).isEqualTo(3);
        assertThat(sessions().countRecentlyActive("a", null)).isEqualTo(2);
        assertThat(sessions().countRecentlyActive(null, 2_000L)).isEqualTo(1);
        assertThat(sessions().countRecentlyActive("b", 2_000L)).isZero();
    }

    @Test
    void a_failed_batch_transaction_leaves_neither_its_upserts_nor_its_deletions() {
        sessions().upsert(session("kept", "a", 1L));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            sessions().upsertAll(List.of(session("s-1", "a", 1L), session("s-2", "a", 2L)));
            sessions().deleteBySessionIds(List.of("kept"));
            throw new IllegalStateException("ingest failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sessions().findRecentlyActive(null, null, 10)).extracting(CliSession::sessionId).containsExactly("kept");
    }
}
