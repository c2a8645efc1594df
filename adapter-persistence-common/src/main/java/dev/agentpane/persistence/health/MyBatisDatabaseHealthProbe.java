package dev.agentpane.persistence.health;

import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the database for its version; the answer's latency is the health check's latency. */
public class MyBatisDatabaseHealthProbe implements DatabaseHealthPort {
    private static final Logger LOG = LoggerFactory.getLogger(MyBatisDatabaseHealthProbe.class);
    private final HealthMapper mapper;
    private final String mode;

    public MyBatisDatabaseHealthProbe(HealthMapper mapper, String mode) {
        this.mapper = mapper;
        this.mode = mode;
    }

    @Override
    public DatabaseHealth check() {
        long start = System.nanoTime();
        try {
            String version = mapper.databaseVersion();
            return DatabaseHealth.up(elapsedMillis(start), mode, version);
        } catch (RuntimeException e) {
            // The reason goes to the log only: driver messages can name hosts, users and SQL.
            LOG.warn("Database health check failed: {}", e.toString());
            return DatabaseHealth.down(elapsedMillis(start), mode, "Database unavailable");
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
