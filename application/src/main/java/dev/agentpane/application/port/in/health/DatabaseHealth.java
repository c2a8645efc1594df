package dev.agentpane.application.port.in.health;

/**
 * What a database check found.
 *
 * @param mode    {@code sqlite} or {@code postgres}
 * @param version such as {@code SQLite 3.54.1} or {@code PostgreSQL 18.1}; null when the database is down
 * @param error   a short description without connection details; null when the database is up
 */
public record DatabaseHealth(boolean up, long latencyMs, String mode, String version, String error) {
    public static DatabaseHealth up(long latencyMs, String mode, String version) {
        return new DatabaseHealth(true, latencyMs, mode, version, null);
    }

    public static DatabaseHealth down(long latencyMs, String mode, String error) {
        return new DatabaseHealth(false, latencyMs, mode, null, error);
    }
}
