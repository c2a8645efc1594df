package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfigChange;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import java.util.Objects;

/** Any subset of a sandbox config's fields; setting {@code isDefault} takes the flag from the previous default. */
public record UpdateSandboxConfigCommand(SandboxConfigId id, SandboxConfigChange change) {
    public UpdateSandboxConfigCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}
