package dev.agentpane.application.port.in.sandbox;

public interface ListSandboxConfigsUseCase {
    SandboxConfigPage list(ListSandboxConfigsQuery query);
}
