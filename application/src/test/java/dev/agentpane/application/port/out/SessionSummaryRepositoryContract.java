package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionFinalStatus;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import dev.agentpane.domain.sessionsummary.SessionSummaryId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SessionSummaryRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class SessionSummaryRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private SessionSummaryRepository summaries() {
        return port(SessionSummaryRepository.class);
    }

    private SessionId storedSession(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        Session session = Session.create(project.id(), null, null, null, "http://localhost:3001", T0);
        port(SessionRepository.class).insert(session);
        return session.id();
    }

    @Test
    void a_new_summary_reads_back_equal_with_zero_figures_and_absent_optionals() {
        SessionSummary summary = SessionSummary.create(storedSession("/repos/a"), T0);

        summaries().upsert(summary);

        assertThat(summaries().findBySession(summary.sessionId())).contains(summary);
        assertThat(summary.durationMs()).isNull();
        assertThat(summary.finalStatus()).isNull();
        assertThat(summary.turnsCount()).isZero();
    }

    @Test
    void a_fully_populated_summary_reads_back_equal() {
        SessionSummary summary = SessionSummary.withId(SessionSummaryId.of("Custom_summary-1"),
                storedSession("/repos/a"), 9_007_199_254_740_993L, 42, 5_000_000_000L, 7, 1_000, 250,
                SessionFinalStatus.CANCELLED, T0);

        summaries().upsert(summary);

        assertThat(summaries().findBySession(summary.sessionId())).contains(summary);
    }

    @Test
    void upserting_again_replaces_every_figure_and_keeps_the_stored_id() {
        SessionId sessionId = storedSession("/repos/a");
        SessionSummary first = SessionSummary.create(sessionId, T0);
        summaries().upsert(first);
        SessionSummary second = SessionSummary.withId(SessionSummaryId.of("another-id"), sessionId, 1_500L, 3, 900L, 2,
                10, 4, SessionFinalStatus.SUCCESS, T0.plusSeconds(1));

        summaries().upsert(second);

        assertThat(summaries().findBySession(sessionId)).contains(SessionSummary.withId(first.id(), sessionId, 1_500L,
                3, 900L, 2, 10, 4, SessionFinalStatus.SUCCESS, T0.plusSeconds(1)));
    }

    @Test
    void each_session_has_its_own_summary() {
        SessionId first = storedSession("/repos/a");
        SessionId second = storedSession("/repos/b");
        SessionSummary failed = SessionSummary.withId(SessionSummaryId.of("failed-one"), first, null, 1, 2L, 3, 4, 5,
                SessionFinalStatus.FAILED, T0);
        summaries().upsert(failed);

        assertThat(summaries().findBySession(first)).contains(failed);
        assertThat(summaries().findBySession(second)).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        SessionId sessionId = storedSession("/repos/a");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            summaries().upsert(SessionSummary.create(sessionId, T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(summaries().findBySession(sessionId)).isEmpty();
    }
}
