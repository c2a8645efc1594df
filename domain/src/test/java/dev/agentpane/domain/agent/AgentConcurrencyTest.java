package dev.agentpane.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.agentpane.domain.project.ProjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgentConcurrencyTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void another_agent_may_start_while_fewer_than_the_maximum_are_working() {
        assertThat(AgentConcurrency.allowsAnother(0, 1)).isTrue();
        assertThat(AgentConcurrency.allowsAnother(2, 3)).isTrue();
        assertThatNoException().isThrownBy(() -> AgentConcurrency.requireRoomForAnother(2, 3));
    }

    @Test
    void no_agent_may_start_once_the_maximum_are_working() {
        assertThat(AgentConcurrency.allowsAnother(3, 3)).isFalse();
        assertThat(AgentConcurrency.allowsAnother(4, 3)).isFalse();
        assertThatThrownBy(() -> AgentConcurrency.requireRoomForAnother(3, 3))
                .isInstanceOfSatisfying(ConcurrencyLimitExceededException.class, e -> {
                    assertThat(e.currentAgents()).isEqualTo(3);
                    assertThat(e.maxAgents()).isEqualTo(3);
                });
    }

    @ParameterizedTest
    @EnumSource(AgentStatus.class)
    void starting_planning_and_running_agents_count_as_working(AgentStatus status) {
        assertThat(AgentStatus.ACTIVE.contains(status))
                .isEqualTo(status == AgentStatus.STARTING || status == AgentStatus.PLANNING || status == AgentStatus.RUNNING);
        Agent agent = new Agent(AgentId.of("a1"), ProjectId.of("p1"), "A", AgentType.TASK, status, null, null, null, 0, NOW, NOW);
        assertThat(agent.isActive()).isEqualTo(AgentStatus.ACTIVE.contains(status));
    }
}
