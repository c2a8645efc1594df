package dev.agentpane.domain.apikey;

import dev.agentpane.domain.shared.EntityId;

public record ApiKeyId(String value) {
    public ApiKeyId {
        EntityId.require(value, "id");
    }

    public static ApiKeyId of(String value) {
        return new ApiKeyId(value);
    }

    public static ApiKeyId generate(long epochMillis) {
        return new ApiKeyId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
