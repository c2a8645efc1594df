package dev.agentpane.application.port.in.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;

public interface UpdateSandboxConfigUseCase {
    /**
     * @throws dev.agentpane.domain.sandbox.SandboxConfigNotFoundException      when no config has the id
     * @throws dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException when another config has the new name
     * @throws dev.agentpane.domain.sandbox.SandboxConfigLimitException          when a resource is outside its bound
     */
    SandboxConfig update(UpdateSandboxConfigCommand command);
}
