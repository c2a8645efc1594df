package dev.agentpane.domain.plan;

import java.time.Instant;
import java.util.Objects;

/** One message of a planning conversation; {@code interaction} is null when the turn asks nothing. */
public record PlanTurn(String id, PlanTurnRole role, String content, Instant timestamp, PlanInteraction interaction) {
    public PlanTurn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
