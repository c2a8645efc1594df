package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;

public interface CreateSandboxConfigUseCase {
    /**
     * @throws dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException when another config has the name
     * @throws dev.agentpane.domain.sandbox.SandboxConfigLimitException          when a resource is outside its bound
     */
    SandboxConfig create(CreateSandboxConfigCommand command);
}
