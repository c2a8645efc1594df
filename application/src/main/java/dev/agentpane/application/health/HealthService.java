package dev.agentpane.application.health;

import dev.agentpane.application.port.in.health.CheckDatabaseHealthUseCase;
import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.application.port.out.DatabaseHealthPort;

public class HealthService implements CheckDatabaseHealthUseCase {
    private final DatabaseHealthPort database;

    public HealthService(DatabaseHealthPort database) {
        this.database = database;
    }

    @Override
    public DatabaseHealth checkDatabase() {
        return database.check();
    }
}
