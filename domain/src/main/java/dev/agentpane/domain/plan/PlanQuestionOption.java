package dev.agentpane.domain.plan;

import java.util.Objects;

/** One answer the assistant offers to a question. */
public record PlanQuestionOption(String label, String description) {
    public PlanQuestionOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
