package dev.agentpane.application.port.in.settings;

public interface UpdateSettingsUseCase {
    void update(UpdateSettingsCommand command);
}
