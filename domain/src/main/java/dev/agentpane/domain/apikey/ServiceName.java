package dev.agentpane.domain.apikey;

import dev.agentpane.domain.shared.EntityId;

/** The external service a key belongs to ({@code anthropic}, …), as named in {@code /api/keys/{service}}: the id rule. */
public record ServiceName(String value) {
    public static final ServiceName ANTHROPIC = new ServiceName("anthropic");

    public ServiceName {
        EntityId.require(value, "service");
    }

    public static ServiceName of(String value) {
        return new ServiceName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
