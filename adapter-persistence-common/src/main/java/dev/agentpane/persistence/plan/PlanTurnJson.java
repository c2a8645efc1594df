package dev.agentpane.persistence.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One element of the {@code turns} JSON column in the original's {@code PlanTurnRecord} shape: the role as its wire
 * value, times as ISO-8601 text, absent parts left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanTurnJson(String id, String role, String content, String timestamp, PlanInteractionJson interaction) {
}
