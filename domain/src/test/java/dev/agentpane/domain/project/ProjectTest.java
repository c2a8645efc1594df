package dev.agentpane.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.agentpane.domain.project.ProjectSummary.RunningAgent;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {
    private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.678Z");
    private static final Instant LATER = Instant.parse("2025-01-03T00:00:00.001Z");

    private static Project project() {
        return Project.create("Alpha", "/repos/alpha", "The first one", CREATED);
    }

    private static Project withConfig(Map<String, Object> config) {
        Project p = project();
        return Project.withId(p.id(), p.name(), p.path(), p.description(), ProjectConfig.of(config), p.maxConcurrentAgents(),
                "octo", "alpha", p.configPath(), null, p.createdAt(), p.updatedAt());
    }

    private static Project withMaxConcurrentAgents(int max) {
        return Project.withId(ProjectId.of("p1"), "Alpha", "/repos/alpha", null, null, max, null, null, null, null, CREATED, CREATED);
    }

    @Nested
    class Creating {
        @Test
        void create_keeps_the_given_name_path_and_description() {
            Project p = project();

            assertThat(p.name()).isEqualTo("Alpha");
            assertThat(p.path()).isEqualTo("/repos/alpha");
            assertThat(p.description()).isEqualTo("The first one");
        }

        @Test
        void create_gives_the_defaults() {
            Project p = project();

            assertThat(p.maxConcurrentAgents()).isEqualTo(3);
            assertThat(p.configPath()).isEqualTo(".claude");
            assertThat(p.config()).isNull();
            assertThat(p.githubOwner()).isNull();
            assertThat(p.githubRepo()).isNull();
        }

        @Test
        void create_stamps_created_and_updated_with_the_same_instant() {
            Project p = project();

            assertThat(p.createdAt()).isEqualTo(CREATED);
            assertThat(p.updatedAt()).isEqualTo(p.createdAt());
        }

        @Test
        void create_generates_a_valid_id() {
            assertThat(project().id().value()).matches("[0-9a-z]{24}");
        }

        @Test
        void a_missing_config_path_falls_back_to_the_default() {
            assertThat(withMaxConcurrentAgents(3).configPath()).isEqualTo(".claude");
        }

        @Test
        void create_accepts_a_missing_description() {
            assertThat(Project.create("Alpha", "/repos/alpha", null, CREATED).description()).isNull();
        }
    }

    @Nested
    class Validating {
        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void a_blank_name_is_required(String name) {
            assertThatThrownBy(() -> Project.create(name, "/repos/alpha", null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name is required");
        }

        @Test
        void a_null_name_is_required() {
            assertThatThrownBy(() -> Project.create(null, "/repos/alpha", null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name is required");
        }

        @Test
        void a_blank_path_is_required() {
            assertThatThrownBy(() -> Project.create("Alpha", " ", null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Path is required");
        }

        @Test
        void a_null_path_is_required() {
            assertThatThrownBy(() -> Project.create("Alpha", null, null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Path is required");
        }

        @Test
        void a_name_of_500_characters_is_accepted_and_501_is_too_long() {
            assertThat(Project.create("n".repeat(500), "/p", null, CREATED).name()).hasSize(500);
            assertThatThrownBy(() -> Project.create("n".repeat(501), "/p", null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name must be at most 500 characters");
        }

        @Test
        void a_path_longer_than_4096_characters_is_too_long() {
            assertThatThrownBy(() -> Project.create("Alpha", "/" + "p".repeat(4096), null, CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Path must be at most 4096 characters");
        }

        @Test
        void a_description_of_10000_characters_is_accepted_and_10001_is_too_long() {
            assertThat(Project.create("Alpha", "/p", "d".repeat(10_000), CREATED).description()).hasSize(10_000);
            assertThatThrownBy(() -> Project.create("Alpha", "/p", "d".repeat(10_001), CREATED))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Description must be at most 10000 characters");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 10})
        void max_concurrent_agents_at_the_bounds_is_accepted(int max) {
            assertThat(withMaxConcurrentAgents(max).maxConcurrentAgents()).isEqualTo(max);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 11, -1})
        void max_concurrent_agents_outside_1_to_10_is_rejected(int max) {
            assertThatThrownBy(() -> withMaxConcurrentAgents(max))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("maxConcurrentAgents must be between 1 and 10");
        }
    }

    @Nested
    class Applying {
        @Test
        void an_empty_change_keeps_every_value_but_moves_updatedAt() {
            Project before = withConfig(Map.of("model", "opus"));

            Project after = before.apply(new ProjectChange(null, null, null, null), LATER);

            assertThat(after.name()).isEqualTo(before.name());
            assertThat(after.description()).isEqualTo(before.description());
            assertThat(after.maxConcurrentAgents()).isEqualTo(before.maxConcurrentAgents());
            assertThat(after.config()).isEqualTo(before.config());
            assertThat(after.githubOwner()).isEqualTo("octo");
            assertThat(after.githubRepo()).isEqualTo("alpha");
            assertThat(after.configPath()).isEqualTo(before.configPath());
            assertThat(after.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void present_parts_replace_name_description_and_max_concurrent_agents() {
            Project after = project().apply(new ProjectChange("Beta", "Renamed", 7, null), LATER);

            assertThat(after.name()).isEqualTo("Beta");
            assertThat(after.description()).isEqualTo("Renamed");
            assertThat(after.maxConcurrentAgents()).isEqualTo(7);
            assertThat(after.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void id_path_and_createdAt_never_change() {
            Project before = project();

            Project after = before.apply(new ProjectChange("Beta", "Renamed", 7, Map.of("model", "opus")), LATER);

            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.path()).isEqualTo(before.path());
            assertThat(after.createdAt()).isEqualTo(CREATED);
        }

        @Test
        void apply_does_not_alter_the_original_project() {
            Project before = project();

            before.apply(new ProjectChange("Beta", null, 7, Map.of("model", "opus")), LATER);

            assertThat(before.name()).isEqualTo("Alpha");
            assertThat(before.maxConcurrentAgents()).isEqualTo(3);
            assertThat(before.config()).isNull();
            assertThat(before.updatedAt()).isEqualTo(CREATED);
        }

        @Test
        void a_config_patch_on_a_project_without_config_becomes_the_config() {
            Project after = project().apply(new ProjectChange(null, null, null, Map.of("model", "opus", "maxTurns", 5)), LATER);

            assertThat(after.config()).isNotNull();
            assertThat(after.config().fields()).containsOnly(entry("model", "opus"), entry("maxTurns", 5));
        }

        @Test
        void a_config_patch_replaces_top_level_keys_and_keeps_the_others() {
            Project before = withConfig(Map.of("model", "opus", "maxTurns", 5, "defaultBranch", "main"));

            Project after = before.apply(new ProjectChange(null, null, null, Map.of("model", "sonnet", "temperature", 0.2)), LATER);

            assertThat(after.config().fields()).containsOnly(
                    entry("model", "sonnet"), entry("maxTurns", 5), entry("defaultBranch", "main"), entry("temperature", 0.2));
        }

        @Test
        void a_nested_object_in_the_patch_replaces_the_stored_one_rather_than_merging() {
            Map<String, Object> storedSandbox = new LinkedHashMap<>();
            storedSandbox.put("enabled", true);
            storedSandbox.put("network", "off");
            Project before = withConfig(Map.of("sandbox", storedSandbox, "model", "opus"));

            Project after = before.apply(new ProjectChange(null, null, null, Map.of("sandbox", Map.of("enabled", false))), LATER);

            assertThat(after.config().fields()).containsOnly(entry("sandbox", Map.of("enabled", false)), entry("model", "opus"));
        }

        @Test
        void an_explicit_null_in_the_patch_is_stored_as_null() {
            Project before = withConfig(Map.of("model", "opus", "systemPrompt", "Be brief"));
            Map<String, Object> patch = new HashMap<>();
            patch.put("systemPrompt", null);

            Project after = before.apply(new ProjectChange(null, null, null, patch), LATER);

            assertThat(after.config().fields()).containsOnly(entry("model", "opus"), entry("systemPrompt", null));
        }

        @Test
        void an_explicit_null_in_the_first_patch_is_stored_as_null() {
            Map<String, Object> patch = new HashMap<>();
            patch.put("envVars", null);

            Project after = project().apply(new ProjectChange(null, null, null, patch), LATER);

            assertThat(after.config().fields()).containsOnly(entry("envVars", null));
        }

        @Test
        void a_later_change_to_the_patch_map_does_not_reach_the_stored_config() {
            Map<String, Object> patch = new HashMap<>();
            patch.put("model", "opus");
            Project after = project().apply(new ProjectChange(null, null, null, patch), LATER);

            patch.put("model", "haiku");

            assertThat(after.config().fields()).containsOnly(entry("model", "opus"));
        }

        @Test
        void a_change_that_breaks_a_rule_is_rejected() {
            Project before = project();

            assertThatThrownBy(() -> before.apply(new ProjectChange(" ", null, null, null), LATER))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name is required");
            assertThatThrownBy(() -> before.apply(new ProjectChange(null, null, 11, null), LATER))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("maxConcurrentAgents must be between 1 and 10");
        }
    }

    @Nested
    class Summarising {
        private final RunningAgent agent = new RunningAgent("agent-1", "Builder", "task-1", "Write the tests");

        @Test
        void a_project_with_a_running_agent_is_running_even_when_tasks_wait_for_approval() {
            ProjectSummary summary = new ProjectSummary(project(), new TaskCounts(0, 0, 1, 2, 0), List.of(agent), LATER);

            assertThat(summary.status()).isEqualTo("running");
        }

        @Test
        void a_project_without_running_agents_and_a_task_waiting_for_approval_needs_approval() {
            ProjectSummary summary = new ProjectSummary(project(), new TaskCounts(4, 3, 2, 1, 0), List.of(), LATER);

            assertThat(summary.status()).isEqualTo("needs-approval");
        }

        @Test
        void a_project_without_running_agents_or_waiting_tasks_is_idle() {
            ProjectSummary summary = new ProjectSummary(project(), new TaskCounts(4, 3, 2, 0, 9), List.of(), LATER);

            assertThat(summary.status()).isEqualTo("idle");
        }

        @Test
        void a_project_without_tasks_is_idle() {
            assertThat(new ProjectSummary(project(), TaskCounts.NONE, List.of(), LATER).status()).isEqualTo("idle");
        }

        @Test
        void total_sums_every_column() {
            assertThat(new TaskCounts(1, 20, 300, 4_000, 50_000).total()).isEqualTo(54_321);
            assertThat(TaskCounts.NONE.total()).isZero();
        }

        @Test
        void the_summary_keeps_its_own_copy_of_the_running_agents() {
            List<RunningAgent> agents = new java.util.ArrayList<>(List.of(agent));
            ProjectSummary summary = new ProjectSummary(project(), TaskCounts.NONE, agents, LATER);

            agents.clear();

            assertThat(summary.runningAgents()).containsExactly(agent);
            assertThat(summary.status()).isEqualTo("running");
        }
    }
}
