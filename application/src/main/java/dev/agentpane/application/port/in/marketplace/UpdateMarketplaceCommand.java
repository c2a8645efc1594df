package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.MarketplaceChange;
import dev.agentpane.domain.marketplace.MarketplaceId;
import java.util.Objects;

public record UpdateMarketplaceCommand(MarketplaceId id, MarketplaceChange change) {
    public UpdateMarketplaceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}
