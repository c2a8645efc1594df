package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.shared.Text;

/** A page of projects, most recently updated first. */
public record ListProjectsQuery(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 500;

    public ListProjectsQuery {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
