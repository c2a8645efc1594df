package dev.agentpane.domain.terraform;

import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.Text;

/** A partial update of a registry; a null part leaves the stored value. */
public record TerraformRegistryChange(String name, String orgName, String tokenSettingKey, SyncInterval.Change syncInterval) {
    public TerraformRegistryChange {
        name = name == null ? null : Text.required(name, TerraformRegistry.NAME_MAX, "Name");
        orgName = orgName == null ? null : Text.required(orgName, TerraformRegistry.ORG_NAME_MAX, "Organization name");
        tokenSettingKey = tokenSettingKey == null ? null : Text.required(tokenSettingKey, SettingKey.MAX_LENGTH, "Token setting key");
    }
}
