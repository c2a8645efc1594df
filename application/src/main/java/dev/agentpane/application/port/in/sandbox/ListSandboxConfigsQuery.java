package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.shared.Text;

/** A page of sandbox configs: the default first, then most recently updated first. */
public record ListSandboxConfigsQuery(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ListSandboxConfigsQuery {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
