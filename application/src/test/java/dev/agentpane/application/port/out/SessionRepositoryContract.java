package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. Task and
 * agent references stay null here: those tables belong to their own aggregates.
 */
public abstract class SessionRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final String URL_PREFIX = "http://localhost:3001";

    private SessionRepository sessions() {
        return port(SessionRepository.class);
    }

    private ProjectId storedProject(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        return project.id();
    }

    private Session storedSession(ProjectId projectId, Instant at) {
        Session session = Session.create(projectId, null, null, "Session at " + at, URL_PREFIX, at);
        sessions().insert(session);
        return session;
    }

    @Test
    void a_new_session_reads_back_equal_with_absent_optionals() {
        Session session = Session.create(storedProject("/repos/a"), null, null, null, URL_PREFIX, T0);

        sessions().insert(session);

        assertThat(sessions().findById(session.id())).contains(session);
        assertThat(session.status()).isEqualTo(SessionStatus.INITIALIZING);
        assertThat(session.url()).isEqualTo("http://localhost:3001/sessions/" + session.id());
        assertThat(session.title()).isNull();
        assertThat(session.closedAt()).isNull();
    }

    @Test
    void a_fully_populated_session_with_non_ascii_and_maximum_length_text_reads_back_equal() {
        Session session = Session.withId(SessionId.of("Custom_session-1"), storedProject("/repos/a"), null, null,
                SessionStatus.CLOSED, padded("Sitzung für 日本語 🚀 ", Session.TITLE_MAX),
                padded("/projects/p/sessions/", Session.URL_MAX), T0, T0.plusMillis(1), T0.plusMillis(2));
        assertThat(session.title()).hasSize(Session.TITLE_MAX);

        sessions().insert(session);

        assertThat(sessions().findById(session.id())).contains(session);
    }

    private static String padded(String prefix, int length) {
        return prefix + "x".repeat(length - prefix.length());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(sessions().findById(SessionId.of("nope"))).isEmpty();
    }

    @Test
    void lists_a_projects_sessions_newest_first_in_pages_and_counts_them() {
        ProjectId projectId = storedProject("/repos/a");
        ProjectId otherProjectId = storedProject("/repos/b");
        storedSession(otherProjectId, T0.plusSeconds(10));
        List<Session> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(storedSession(projectId, T0.plusSeconds(i)));
        }

        assertThat(sessions().findByProject(projectId, 2, 0)).containsExactly(created.get(4), created.get(3));
        assertThat(sessions().findByProject(projectId, 2, 2)).containsExactly(created.get(2), created.get(1));
        assertThat(sessions().findByProject(projectId, 10, 4)).containsExactly(created.get(0));
        assertThat(sessions().countByProject(projectId)).isEqualTo(5);
        assertThat(sessions().countByProject(otherProjectId)).isEqualTo(1);
        assertThat(sessions().countByProject(ProjectId.of("none"))).isZero();
    }

    @Test
    void lists_the_sessions_of_every_project_most_recently_updated_first() {
        Session first = storedSession(storedProject("/repos/a"), T0);
        Session second = storedSession(storedProject("/repos/b"), T0.plusSeconds(1));
        Session third = storedSession(storedProject("/repos/c"), T0.plusSeconds(2));
        Session touched = first.withStatus(SessionStatus.ACTIVE, T0.plusSeconds(3));
        sessions().update(touched);

        assertThat(sessions().findRecentlyUpdated(2, 0)).containsExactly(touched, third);
        assertThat(sessions().findRecentlyUpdated(2, 2)).containsExactly(second);
    }

    @Test
    void sessions_without_a_task_are_not_found_by_task() {
        storedSession(storedProject("/repos/a"), T0);

        assertThat(sessions().findByTask("some-task")).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field() {
        Session session = storedSession(storedProject("/repos/a"), T0);
        Session closed = Session.withId(session.id(), session.projectId(), null, null, SessionStatus.CLOSED,
                "Renamed", "/projects/x/sessions/" + session.id(), session.createdAt(), T0.plusSeconds(5),
                T0.plusSeconds(5));

        assertThat(sessions().update(closed)).isTrue();

        assertThat(sessions().findById(session.id())).contains(closed);
    }

    @Test
    void updating_or_deleting_a_missing_session_reports_false() {
        Session ghost = Session.create(ProjectId.of("ghost-project"), null, null, null, URL_PREFIX, T0);

        assertThat(sessions().update(ghost)).isFalse();
        assertThat(sessions().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_session_is_gone() {
        Session session = storedSession(storedProject("/repos/a"), T0);

        assertThat(sessions().deleteById(session.id())).isTrue();

        assertThat(sessions().findById(session.id())).isEmpty();
        assertThat(sessions().countByProject(session.projectId())).isZero();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        ProjectId projectId = storedProject("/repos/a");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storedSession(projectId, T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sessions().countByProject(projectId)).isZero();
    }
}
