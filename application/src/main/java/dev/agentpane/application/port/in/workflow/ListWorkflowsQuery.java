package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.workflow.WorkflowStatus;

/**
 * A page of workflows, most recently updated first.
 *
 * @param status null for every status
 * @param search null (or empty) for all; else text the name or description contains, ignoring case, taken literally
 */
public record ListWorkflowsQuery(WorkflowStatus status, String search, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int SEARCH_MAX = 200;

    public ListWorkflowsQuery {
        search = search == null || search.isEmpty() ? null : Text.optional(search, SEARCH_MAX, "search");
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
