package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.Text;

/** A partial update of a marketplace's settings; a null part leaves the stored value. */
public record MarketplaceChange(String name, String branch, String pluginsPath, Boolean isEnabled) {
    public MarketplaceChange {
        name = name == null ? null : Text.required(name, Marketplace.NAME_MAX, "Name");
        branch = branch == null ? null : Text.required(branch, Marketplace.BRANCH_MAX, "Branch");
        pluginsPath = pluginsPath == null ? null : Text.required(pluginsPath, Marketplace.PLUGINS_PATH_MAX, "Plugins path");
    }
}
