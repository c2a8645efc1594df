package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectChange;
import dev.agentpane.domain.project.ProjectConfig;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ProjectRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class ProjectRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private ProjectRepository projects() {
        return port(ProjectRepository.class);
    }

    private static Project project(String path, Instant at) {
        return Project.create("Project " + path, path, null, at);
    }

    @Test
    void a_stored_project_reads_back_equal_with_absent_optionals() {
        Project project = project("/repos/plain", T0);
        projects().insert(project);

        assertThat(projects().findById(project.id())).contains(project);
        assertThat(project.config()).isNull();
        assertThat(project.maxConcurrentAgents()).isEqualTo(3);
        assertThat(project.configPath()).isEqualTo(".claude");
    }

    @Test
    void non_ascii_text_nested_config_and_long_strings_survive_the_round_trip() {
        Map<String, Object> sandbox = new LinkedHashMap<>();
        sandbox.put("enabled", true);
        sandbox.put("provider", "docker");
        sandbox.put("memoryMb", 4096L);
        sandbox.put("cpuCores", 1.5);
        sandbox.put("image", null);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("worktreeRoot", ".worktrees");
        config.put("allowedTools", List.of("Read", "Edit", "Bash"));
        config.put("envVars", Map.of("GREETING", "grüß dich 👋"));
        config.put("sandbox", sandbox);
        config.put("temperature", 0.7);
        config.put("maxTurns", 50L);
        SandboxConfig sandboxConfig = SandboxConfig.create("Sandbox of the project", null, T0);
        port(SandboxConfigRepository.class).insert(sandboxConfig);
        Project project = Project.withId(ProjectId.of("Custom_id-42"), "Ünïcødé 项目 🚀", "/repos/日本語/" + "x".repeat(3000),
                "d".repeat(Project.DESCRIPTION_MAX), ProjectConfig.of(config), 10, "owner", "repo", ".config/claude",
                sandboxConfig.id(), T0, T0.plusMillis(1));

        projects().insert(project);

        assertThat(projects().findById(project.id())).contains(project);
    }

    @Test
    void a_project_may_name_only_a_sandbox_config_that_exists() {
        SandboxConfigId unknown = SandboxConfigId.of("no-such-config");

        assertThatThrownBy(() -> projects().insert(Project.create("P", "/repos/p", null, unknown, T0)))
                .isInstanceOf(SandboxConfigNotFoundException.class);
        assertThat(projects().count()).isZero();

        Project project = project("/repos/q", T0);
        projects().insert(project);
        Project pointing = Project.withId(project.id(), project.name(), project.path(), project.description(), project.config(),
                project.maxConcurrentAgents(), project.githubOwner(), project.githubRepo(), project.configPath(), unknown,
                project.createdAt(), T0.plusSeconds(1));
        assertThatThrownBy(() -> projects().update(pointing)).isInstanceOf(SandboxConfigNotFoundException.class);
        assertThat(projects().findById(project.id())).contains(project);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(projects().findById(ProjectId.of("nope"))).isEmpty();
    }

    @Test
    void two_projects_cannot_share_a_path() {
        projects().insert(project("/repos/same", T0));

        assertThatThrownBy(() -> projects().insert(project("/repos/same", T0.plusSeconds(1))))
                .isInstanceOf(DuplicateProjectPathException.class);
        assertThat(projects().count()).isEqualTo(1);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            projects().insert(project("/repos/first", T0));
            projects().insert(project("/repos/first", T0));
        })).isInstanceOf(DuplicateProjectPathException.class);

        assertThat(projects().count()).isZero();
    }

    @Test
    void lists_most_recently_updated_first_in_pages() {
        List<Project> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Project project = project("/repos/p" + i, T0.plusSeconds(i));
            projects().insert(project);
            created.add(project);
        }

        assertThat(projects().findRecentlyUpdated(2, 0)).containsExactly(created.get(4), created.get(3));
        assertThat(projects().findRecentlyUpdated(2, 2)).containsExactly(created.get(2), created.get(1));
        assertThat(projects().findRecentlyUpdated(10, 4)).containsExactly(created.get(0));
        assertThat(projects().count()).isEqualTo(5);
    }

    @Test
    void an_update_stores_every_changed_field_and_moves_the_project_to_the_front() {
        Project older = project("/repos/older", T0);
        Project newer = project("/repos/newer", T0.plusSeconds(1));
        projects().insert(older);
        projects().insert(newer);

        Project changed = older.apply(new ProjectChange("Renamed", "now described", 7, Map.of("maxTurns", 9L)),
                T0.plusSeconds(2));
        assertThat(projects().update(changed)).isTrue();

        assertThat(projects().findById(older.id())).contains(changed);
        assertThat(projects().findRecentlyUpdated(1, 0)).containsExactly(changed);
    }

    @Test
    void updating_or_deleting_a_missing_project_reports_false() {
        Project ghost = project("/repos/ghost", T0);

        assertThat(projects().update(ghost)).isFalse();
        assertThat(projects().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_project_is_gone() {
        Project project = project("/repos/doomed", T0);
        projects().insert(project);

        assertThat(projects().deleteById(project.id())).isTrue();
        assertThat(projects().findById(project.id())).isEmpty();
        assertThat(projects().count()).isZero();
    }
}
