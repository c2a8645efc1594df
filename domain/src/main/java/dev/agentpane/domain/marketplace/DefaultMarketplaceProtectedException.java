package dev.agentpane.domain.marketplace;

/** The default marketplace is always there and always enabled. */
public class DefaultMarketplaceProtectedException extends RuntimeException {
    public enum Action {
        DELETE,
        DISABLE
    }

    private final Action action;

    public DefaultMarketplaceProtectedException(Action action) {
        super("Cannot " + action.name().toLowerCase(java.util.Locale.ROOT) + " the default marketplace");
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
