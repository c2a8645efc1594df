package dev.agentpane.domain.plan;

import java.util.List;
import java.util.Objects;

/** A question the assistant asks the user while planning, with the options it offers. */
public record PlanQuestion(String question, String header, List<PlanQuestionOption> options, boolean multiSelect) {
    public PlanQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(header, "header");
        options = List.copyOf(options);
    }
}
