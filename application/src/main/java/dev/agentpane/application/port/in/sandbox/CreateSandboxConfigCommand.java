package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfigChange;
import dev.agentpane.domain.shared.ValidationException;
import java.util.Objects;

/** A new sandbox config: a name and any other fields; those not given take the original's defaults. */
public record CreateSandboxConfigCommand(SandboxConfigChange fields) {
    public CreateSandboxConfigCommand {
        Objects.requireNonNull(fields, "fields");
        if (!fields.name().isChanged()) {
            throw new ValidationException("Name is required");
        }
    }
}
