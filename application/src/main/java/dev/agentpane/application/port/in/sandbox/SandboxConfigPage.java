package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;
import java.util.List;

/** One page of sandbox configs and how many there are in all. */
public record SandboxConfigPage(List<SandboxConfig> items, long totalCount) {
    public SandboxConfigPage {
        items = List.copyOf(items);
    }
}
