package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.EntityId;

public record MarketplaceId(String value) {
    public MarketplaceId {
        EntityId.require(value, "id");
    }

    public static MarketplaceId of(String value) {
        return new MarketplaceId(value);
    }

    public static MarketplaceId generate(long epochMillis) {
        return new MarketplaceId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
