package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.shared.Text;

/** Marketplaces, the default first, then the most recently updated; disabled ones only when asked for. */
public record ListMarketplacesQuery(boolean includeDisabled, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public ListMarketplacesQuery {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
    }
}
