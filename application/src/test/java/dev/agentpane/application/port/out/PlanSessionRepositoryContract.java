package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.plan.PlanInteraction;
import dev.agentpane.domain.plan.PlanQuestion;
import dev.agentpane.domain.plan.PlanQuestionOption;
import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import dev.agentpane.domain.plan.PlanSessionStatus;
import dev.agentpane.domain.plan.PlanTurn;
import dev.agentpane.domain.plan.PlanTurnRole;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PlanSessionRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class PlanSessionRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-06-07T08:09:10.011Z");
    private Project project;
    private Task task;

    private PlanSessionRepository plans() {
        return port(PlanSessionRepository.class);
    }

    @BeforeEach
    void createProjectAndTask() {
        project = Project.create("Plans", "/repos/plans", null, T0);
        port(ProjectRepository.class).insert(project);
        task = Task.create(project.id(), "Plan me", null, null, null, "V", T0);
        port(TaskRepository.class).insert(task);
    }

    @Test
    void a_conversation_with_questions_and_answers_reads_back_equal() {
        PlanInteraction interaction = new PlanInteraction("i1", PlanInteraction.QUESTION,
                List.of(new PlanQuestion("Which database? ✓", "DB", List.of(new PlanQuestionOption("SQLite", "one developer"),
                        new PlanQuestionOption("PostgreSQL 18", "a team")), false)),
                Map.of("Which database? ✓", "PostgreSQL 18"), T0.plusSeconds(2));
        PlanSession session = PlanSession.withId(PlanSessionId.of("plan-1"), task.id().value(), project.id(),
                PlanSessionStatus.COMPLETED,
                List.of(new PlanTurn("t1", PlanTurnRole.USER, "Plan the feature", T0, null),
                        new PlanTurn("t2", PlanTurnRole.ASSISTANT, "Ünïcødé plan\n- step", T0.plusSeconds(1), interaction)),
                "https://github.com/owner/repo/issues/42", 42, T0, T0.plusSeconds(3), T0.plusSeconds(3));

        plans().insert(session);

        assertThat(plans().findById(session.id())).contains(session);
    }

    @Test
    void a_new_conversation_reads_back_with_absent_optionals_and_can_be_updated_and_deleted() {
        PlanSession session = PlanSession.create(task.id().value(), project.id(), T0);
        plans().insert(session);
        assertThat(plans().findById(session.id())).contains(session);

        PlanSession waiting = PlanSession.withId(session.id(), session.taskId(), project.id(), PlanSessionStatus.WAITING_USER,
                List.of(new PlanTurn("t1", PlanTurnRole.ASSISTANT, "A question?", T0, null)), null, null, T0, null, T0.plusSeconds(1));
        assertThat(plans().update(waiting)).isTrue();
        assertThat(plans().findById(session.id())).contains(waiting);

        assertThat(plans().deleteById(session.id())).isTrue();
        assertThat(plans().deleteById(session.id())).isFalse();
        assertThat(plans().update(waiting)).isFalse();
    }

    @Test
    void a_failed_transaction_stores_no_conversation() {
        PlanSession session = PlanSession.create(task.id().value(), project.id(), T0);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            plans().insert(session);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(plans().findById(session.id())).isEmpty();
    }
}
