package dev.agentpane.domain.marketplace;

public class MarketplaceNotFoundException extends RuntimeException {
    public MarketplaceNotFoundException(MarketplaceId id) {
        super("Marketplace not found: " + id);
    }
}
