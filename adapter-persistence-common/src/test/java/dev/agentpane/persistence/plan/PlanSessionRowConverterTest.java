package dev.agentpane.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.domain.plan.PlanInteraction;
import dev.agentpane.domain.plan.PlanQuestion;
import dev.agentpane.domain.plan.PlanQuestionOption;
import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import dev.agentpane.domain.plan.PlanSessionStatus;
import dev.agentpane.domain.plan.PlanTurn;
import dev.agentpane.domain.plan.PlanTurnRole;
import dev.agentpane.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan-session row conversion without a database: its repository contract needs a stored task as parent, and
 * waits for the task repository.
 */
class PlanSessionRowConverterTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    private final PlanSessionRowConverter converter = PlanSessionRowConverter.INSTANCE;

    @Test
    void turns_are_written_in_the_originals_shape_and_read_back_equal() {
        PlanInteraction asked = new PlanInteraction("int-1", PlanInteraction.QUESTION, List.of(new PlanQuestion(
                "Which database?", "Storage", List.of(new PlanQuestionOption("SQLite", "one file"),
                        new PlanQuestionOption("PostgreSQL", "a server — plus de travail")), false)),
                null, null);
        PlanInteraction answered = new PlanInteraction("int-2", PlanInteraction.QUESTION, List.of(),
                Map.of("Which database?", "SQLite"), T0.plusMillis(7));
        PlanSession session = PlanSession.withId(PlanSessionId.of("plan-1"), "task-1", ProjectId.of("project-1"),
                PlanSessionStatus.WAITING_USER, List.of(
                        new PlanTurn("turn-1", PlanTurnRole.USER, "Plan the 🚀 launch", T0, null),
                        new PlanTurn("turn-2", PlanTurnRole.ASSISTANT, "A question first", T0.plusSeconds(1), asked),
                        new PlanTurn("turn-3", PlanTurnRole.USER, "", T0.plusSeconds(2), answered)),
                "https://github.com/acme/repo/issues/7", 7, T0, T0.plusSeconds(3), T0.plusSeconds(3));

        PlanSessionRow row = converter.toRow(session);

        assertThat(row.status()).isEqualTo("waiting_user");
        assertThat(row.turns())
                .startsWith("[{\"id\":\"turn-1\",\"role\":\"user\",\"content\":\"Plan the 🚀 launch\","
                        + "\"timestamp\":\"2026-01-02T03:04:05.000Z\"},")
                .contains("\"interaction\":{\"id\":\"int-1\",\"type\":\"question\",\"questions\":[{\"question\":"
                        + "\"Which database?\",\"header\":\"Storage\",\"options\":[{\"label\":\"SQLite\",\"description\":"
                        + "\"one file\"},")
                .contains("\"multiSelect\":false}]}}")
                .contains("\"answers\":{\"Which database?\":\"SQLite\"},\"answeredAt\":\"2026-01-02T03:04:05.007Z\"");
        assertThat(converter.toSession(row)).isEqualTo(session);
    }

    @Test
    void a_new_session_has_no_turns_and_reads_back_equal() {
        PlanSession session = PlanSession.create("task-1", ProjectId.of("project-1"), T0);

        PlanSessionRow row = converter.toRow(session);

        assertThat(row.turns()).isEqualTo("[]");
        assertThat(row.status()).isEqualTo("active");
        assertThat(converter.toSession(row)).isEqualTo(session);
    }
}
