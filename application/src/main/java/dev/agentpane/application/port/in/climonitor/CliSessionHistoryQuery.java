package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;

/**
 * @param projectHash only this project's sessions; null or empty: every project
 * @param since       only sessions active strictly after this time (epoch milliseconds, ≥ 0); null: any time
 * @param limit       1..{@link #MAX_LIMIT}; null: {@link #DEFAULT_LIMIT}
 */
public record CliSessionHistoryQuery(String projectHash, Long since, Integer limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public CliSessionHistoryQuery {
        projectHash = projectHash == null || projectHash.isEmpty() ? null
                : Text.optional(projectHash, CliSession.PROJECT_HASH_MAX, "projectHash");
        if (since != null && since < 0) {
            throw new ValidationException("since must be a non-negative integer (epoch milliseconds)");
        }
        limit = Text.inRange(limit == null ? DEFAULT_LIMIT : limit, 1, MAX_LIMIT, "limit");
    }
}
