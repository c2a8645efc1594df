package dev.agentpane.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.ProjectConfig;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConfigTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void a_new_agent_takes_each_field_from_its_request_else_its_project_else_the_default() {
        ProjectConfig project = ProjectConfig.of(Map.of("allowedTools", List.of("Read", "Edit"), "maxTurns", 80L, "model", "opus",
                "temperature", 0.5));

        assertThat(AgentConfig.forNewAgent(new AgentConfigPatch(null, 10, null, "Be brief", null), project))
                .isEqualTo(new AgentConfig(List.of("Read", "Edit"), 10, "opus", "Be brief", 0.5));
        assertThat(AgentConfig.forNewAgent(AgentConfigPatch.none(), null)).isEqualTo(new AgentConfig(List.of(), 50, null, null, null));
        assertThat(AgentConfig.forNewAgent(AgentConfigPatch.none(), ProjectConfig.of(Map.of("allowedTools", "Read", "maxTurns", "9"))))
                .isEqualTo(new AgentConfig(List.of(), 50, null, null, null));
    }

    @Test
    void an_update_merges_into_the_stored_config() {
        AgentConfig stored = new AgentConfig(List.of("Read"), 20, "opus", null, 0.2);

        assertThat(AgentConfig.merged(stored, new AgentConfigPatch(null, 100, null, "New prompt", null)))
                .isEqualTo(new AgentConfig(List.of("Read"), 100, "opus", "New prompt", 0.2));
        assertThat(AgentConfig.merged(null, new AgentConfigPatch(null, null, "m", null, null)))
                .isEqualTo(new AgentConfig(List.of(), 50, "m", null, null));
    }

    @Test
    void a_working_agent_keeps_its_tools_and_model_but_may_change_the_rest() {
        Agent running = new Agent(AgentId.of("a1"), ProjectId.of("p1"), "A", AgentType.TASK, AgentStatus.PLANNING,
                new AgentConfig(List.of("Read"), 20, "opus", null, null), TaskId.of("t1"), "s1", 2, NOW, NOW);

        assertThatThrownBy(() -> running.withConfigChanged(new AgentConfigPatch(List.of("Bash"), null, null, null, null), NOW))
                .isInstanceOfSatisfying(AgentAlreadyRunningException.class, e -> assertThat(e.currentTaskId()).isEqualTo(TaskId.of("t1")));
        assertThatThrownBy(() -> running.withConfigChanged(new AgentConfigPatch(null, null, "sonnet", null, null), NOW))
                .isInstanceOf(AgentAlreadyRunningException.class);
        Agent changed = running.withConfigChanged(new AgentConfigPatch(List.of("Read"), 30, "opus", null, null), NOW.plusSeconds(1));
        assertThat(changed.config().maxTurns()).isEqualTo(30);
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        Agent idle = running.released(AgentStatus.IDLE, NOW);
        assertThat(idle.withConfigChanged(new AgentConfigPatch(List.of("Bash"), null, null, null, null), NOW).config().allowedTools())
                .containsExactly("Bash");
        assertThat(idle.currentTaskId()).isNull();
        assertThat(idle.currentSessionId()).isNull();
    }

    @Test
    void requested_fields_are_bounded() {
        assertThatThrownBy(() -> new AgentConfigPatch(null, 0, null, null, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AgentConfigPatch(null, 501, null, null, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AgentConfigPatch(null, null, null, null, 1.5)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AgentConfigPatch(List.of(""), null, null, null, null)).isInstanceOf(ValidationException.class);
        assertThat(new AgentConfigPatch(null, null, null, null, null).isEmpty()).isTrue();
    }
}
