package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;

public interface GetSandboxConfigUseCase {
    /** @throws dev.agentpane.domain.sandbox.SandboxConfigNotFoundException when no config has the id */
    SandboxConfig get(SandboxConfigId id);
}
