package dev.agentpane.persistence.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agentpane.domain.plan.PlanQuestion;
import java.util.List;
import java.util.Map;

/** The {@code interaction} of a {@link PlanTurnJson}; {@code answers} and {@code answeredAt} are absent until answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanInteractionJson(String id, String type, List<PlanQuestion> questions, Map<String, String> answers,
        String answeredAt) {
}
