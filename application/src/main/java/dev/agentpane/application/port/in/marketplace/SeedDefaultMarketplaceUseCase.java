package dev.agentpane.application.port.in.marketplace;

public interface SeedDefaultMarketplaceUseCase {
    /**
     * Creates the built-in default marketplace unless it (or another default) exists; safe to call any number of
     * times, also concurrently and from several instances on one database.
     *
     * @return whether this call created it
     */
    boolean seed();
}
