package dev.agentpane.application.port.in.health;

public interface CheckDatabaseHealthUseCase {
    DatabaseHealth checkDatabase();
}
