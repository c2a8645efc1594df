package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.shared.SyncInterval;

/**
 * A new Terraform registry.
 *
 * @param tokenSettingKey     the key of the setting holding the organization's API token
 * @param syncIntervalMinutes null for no auto-sync
 */
public record CreateTerraformRegistryCommand(String name, String orgName, String tokenSettingKey, Integer syncIntervalMinutes) {
    public CreateTerraformRegistryCommand {
        SyncInterval.require(syncIntervalMinutes);
    }
}
