package dev.agentpane.domain.plan;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Questions the assistant put to the user in a turn, and the user's answers once given.
 *
 * @param type       {@code question}, the only kind the original produces
 * @param answers    answer per question (keyed as the original keys them); null until the user answers
 * @param answeredAt null until the user answers
 */
public record PlanInteraction(String id, String type, List<PlanQuestion> questions, Map<String, String> answers,
        Instant answeredAt) {
    public static final String QUESTION = "question";

    public PlanInteraction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        questions = List.copyOf(questions);
        answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
