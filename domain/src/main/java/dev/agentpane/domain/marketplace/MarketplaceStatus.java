package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.WireValue;

/** Where a marketplace stands with its last sync. */
public enum MarketplaceStatus implements WireValue {
    ACTIVE("active"),
    SYNCING("syncing"),
    ERROR("error");

    private final String wireValue;

    MarketplaceStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
