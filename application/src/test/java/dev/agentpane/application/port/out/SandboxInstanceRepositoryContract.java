package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.DuplicateSandboxInstanceException;
import dev.agentpane.domain.sandbox.DuplicateTmuxSessionException;
import dev.agentpane.domain.sandbox.SandboxInstance;
import dev.agentpane.domain.sandbox.SandboxInstanceId;
import dev.agentpane.domain.sandbox.SandboxStatus;
import dev.agentpane.domain.sandbox.SandboxTmuxSession;
import dev.agentpane.domain.sandbox.SandboxTmuxSessionId;
import dev.agentpane.domain.sandbox.VolumeMount;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SandboxInstanceRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class SandboxInstanceRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private SandboxInstanceRepository sandboxes() {
        return port(SandboxInstanceRepository.class);
    }

    private ProjectId storedProject(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        return project.id();
    }

    private static SandboxInstance sandbox(ProjectId project, Instant at) {
        return SandboxInstance.create(project, "container-" + project, "node:22-slim", 4096, 2, 30, List.of(), null, at);
    }

    private SandboxInstance storedSandbox(String path) {
        SandboxInstance sandbox = sandbox(storedProject(path), T0);
        sandboxes().insert(sandbox);
        return sandbox;
    }

    @Test
    void a_new_sandbox_reads_back_equal_with_absent_optionals() {
        SandboxInstance sandbox = storedSandbox("/repos/plain");

        assertThat(sandboxes().findById(sandbox.id())).contains(sandbox);
        assertThat(sandboxes().findByProjectId(sandbox.projectId())).contains(sandbox);
        assertThat(sandbox.status()).isEqualTo(SandboxStatus.STOPPED);
        assertThat(sandbox.env()).isNull();
        assertThat(sandbox.stoppedAt()).isNull();
    }

    @Test
    void a_fully_populated_sandbox_with_non_ascii_mounts_and_environment_reads_back_equal() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GREETING", "grüß dich 👋");
        env.put("EMPTY", "");
        env.put("QUOTES", "\"a\" 'b' \\c");
        SandboxInstance sandbox = SandboxInstance.withId(SandboxInstanceId.of("Custom_sandbox-1"),
                storedProject("/repos/full"), "c".repeat(SandboxInstance.CONTAINER_ID_MAX), SandboxStatus.ERROR,
                "ghcr.io/acme/ïmage:" + "v".repeat(900), 32_768, 0.5, 1440,
                List.of(new VolumeMount("/home/ü/repo", "/workspace", true), new VolumeMount("/tmp/x", "/x", null),
                        new VolumeMount("/data", "/data", false)),
                env, "OOM: 容器 killed 💀", T0, T0.plusMillis(1), T0.plusMillis(2), T0.plusMillis(3));

        sandboxes().insert(sandbox);

        assertThat(sandboxes().findById(sandbox.id())).contains(sandbox);
    }

    @Test
    void unknown_ids_find_nothing() {
        assertThat(sandboxes().findById(SandboxInstanceId.of("nope"))).isEmpty();
        assertThat(sandboxes().findByProjectId(ProjectId.of("nope"))).isEmpty();
        assertThat(sandboxes().findTmuxSessions(SandboxInstanceId.of("nope"))).isEmpty();
    }

    @Test
    void a_project_has_at_most_one_sandbox() {
        SandboxInstance first = storedSandbox("/repos/p");

        assertThatThrownBy(() -> sandboxes().insert(sandbox(first.projectId(), T0.plusSeconds(1))))
                .isInstanceOf(DuplicateSandboxInstanceException.class);
        assertThat(sandboxes().findByProjectId(first.projectId())).contains(first);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        ProjectId project = storedProject("/repos/p");
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            SandboxInstance sandbox = sandbox(project, T0);
            sandboxes().insert(sandbox);
            sandboxes().insertTmuxSession(SandboxTmuxSession.create(sandbox.id(), "main", null, T0));
            sandboxes().insert(sandbox(project, T0));
        })).isInstanceOf(DuplicateSandboxInstanceException.class);

        assertThat(sandboxes().findByProjectId(project)).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field() {
        SandboxInstance sandbox = storedSandbox("/repos/p");
        SandboxInstance changed = SandboxInstance.withId(sandbox.id(), sandbox.projectId(), "other-container",
                SandboxStatus.RUNNING, "python:3.13", 8192, 4, 90, List.of(new VolumeMount("/a", "/b", true)),
                Map.of("K", "V"), "recovered", sandbox.createdAt(), T0.plusSeconds(5), T0.plusSeconds(4),
                T0.plusSeconds(6));

        assertThat(sandboxes().update(changed)).isTrue();

        assertThat(sandboxes().findById(sandbox.id())).contains(changed);
    }

    @Test
    void updating_or_deleting_a_missing_sandbox_or_session_reports_false() {
        SandboxInstance ghost = sandbox(ProjectId.of("ghost"), T0);

        assertThat(sandboxes().update(ghost)).isFalse();
        assertThat(sandboxes().deleteById(ghost.id())).isFalse();
        assertThat(sandboxes().updateTmuxSession(SandboxTmuxSession.create(ghost.id(), "s", null, T0))).isFalse();
        assertThat(sandboxes().deleteTmuxSession(SandboxTmuxSessionId.of("ghost"))).isFalse();
    }

    @Test
    void tmux_sessions_read_back_by_name_with_every_field() {
        SandboxInstance sandbox = storedSandbox("/repos/p");
        SandboxTmuxSession second = SandboxTmuxSession.create(sandbox.id(), "zeta-会话", null, T0);
        SandboxTmuxSession first = SandboxTmuxSession.withId(SandboxTmuxSessionId.of("Custom_tmux-1"), sandbox.id(),
                "a".repeat(SandboxTmuxSession.SESSION_NAME_MAX), null, 7, true, T0.plusMillis(1), T0.plusMillis(2));
        sandboxes().insertTmuxSession(second);
        sandboxes().insertTmuxSession(first);

        assertThat(sandboxes().findTmuxSessions(sandbox.id())).containsExactly(first, second);
        assertThat(second.attached()).isFalse();
        assertThat(second.windowCount()).isEqualTo(1);
    }

    @Test
    void session_names_are_unique_within_a_sandbox_only() {
        SandboxInstance one = storedSandbox("/repos/one");
        SandboxInstance two = storedSandbox("/repos/two");
        SandboxTmuxSession main = SandboxTmuxSession.create(one.id(), "main", null, T0);
        sandboxes().insertTmuxSession(main);
        SandboxTmuxSession sameNameElsewhere = SandboxTmuxSession.create(two.id(), "main", null, T0);
        sandboxes().insertTmuxSession(sameNameElsewhere);

        assertThatThrownBy(() -> sandboxes().insertTmuxSession(SandboxTmuxSession.create(one.id(), "main", null, T0)))
                .isInstanceOf(DuplicateTmuxSessionException.class);
        assertThat(sandboxes().findTmuxSessions(one.id())).containsExactly(main);
        assertThat(sandboxes().findTmuxSessions(two.id())).containsExactly(sameNameElsewhere);
    }

    @Test
    void a_session_update_stores_its_activity_and_a_delete_removes_it() {
        SandboxInstance sandbox = storedSandbox("/repos/p");
        SandboxTmuxSession session = SandboxTmuxSession.create(sandbox.id(), "main", null, T0);
        SandboxTmuxSession other = SandboxTmuxSession.create(sandbox.id(), "other", null, T0);
        sandboxes().insertTmuxSession(session);
        sandboxes().insertTmuxSession(other);
        SandboxTmuxSession changed = SandboxTmuxSession.withId(session.id(), sandbox.id(), "main", null, 3, true,
                session.createdAt(), T0.plusSeconds(9));

        assertThat(sandboxes().updateTmuxSession(changed)).isTrue();
        assertThat(sandboxes().findTmuxSessions(sandbox.id())).containsExactly(changed, other);

        assertThat(sandboxes().deleteTmuxSession(session.id())).isTrue();
        assertThat(sandboxes().findTmuxSessions(sandbox.id())).containsExactly(other);
    }

    @Test
    void deleting_a_sandbox_deletes_its_sessions() {
        SandboxInstance sandbox = storedSandbox("/repos/p");
        sandboxes().insertTmuxSession(SandboxTmuxSession.create(sandbox.id(), "main", null, T0));

        assertThat(sandboxes().deleteById(sandbox.id())).isTrue();

        assertThat(sandboxes().findById(sandbox.id())).isEmpty();
        assertThat(sandboxes().findTmuxSessions(sandbox.id())).isEmpty();
    }

    @Test
    void deleting_the_project_deletes_its_sandbox_and_sessions() {
        SandboxInstance sandbox = storedSandbox("/repos/p");
        sandboxes().insertTmuxSession(SandboxTmuxSession.create(sandbox.id(), "main", null, T0));

        port(ProjectRepository.class).deleteById(sandbox.projectId());

        assertThat(sandboxes().findByProjectId(sandbox.projectId())).isEmpty();
        assertThat(sandboxes().findTmuxSessions(sandbox.id())).isEmpty();
    }
}
