package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfigId;

public interface DeleteSandboxConfigUseCase {
    /**
     * @throws dev.agentpane.domain.sandbox.SandboxConfigNotFoundException when no config has the id
     * @throws dev.agentpane.domain.sandbox.SandboxConfigInUseException    when projects use it
     */
    void delete(SandboxConfigId id);
}
