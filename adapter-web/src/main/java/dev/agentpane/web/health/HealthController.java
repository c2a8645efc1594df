package dev.agentpane.web.health;

import dev.agentpane.application.port.in.health.CheckDatabaseHealthUseCase;
import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.web.api.WireJson;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health probes (reference §5.1); they answer without the access gate. */
@RestController
@RequestMapping("/api")
public class HealthController {
    private final CheckDatabaseHealthUseCase health;

    public HealthController(CheckDatabaseHealthUseCase health) {
        this.health = health;
    }

    public record Probe(boolean ok, String status) {
    }

    public record Readiness(boolean ok, String status, Long dbLatencyMs, String error) {
    }

    public record HealthReport(boolean ok, HealthData data) {
    }

    public record HealthData(String status, String timestamp, double uptime, Checks checks, long responseTimeMs) {
    }

    public record Checks(DatabaseCheck database, Check github, Check sandbox) {
    }

    public record DatabaseCheck(String status, long latencyMs, String mode, String version, String error) {
    }

    public record Check(String status) {
    }

    /** Always 200; {@code ok} and {@code status} say whether the database answers. */
    @GetMapping("/health")
    public HealthReport health() {
        long start = System.nanoTime();
        DatabaseHealth database = health.checkDatabase();
        DatabaseCheck check = new DatabaseCheck(database.up() ? "ok" : "error", database.latencyMs(), database.mode(),
                database.version(), database.error());
        Check notConfigured = new Check("not_configured");
        double uptimeSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        return new HealthReport(database.up(), new HealthData(database.up() ? "healthy" : "degraded",
                WireJson.instant(Instant.now()), uptimeSeconds, new Checks(check, notConfigured, notConfigured),
                (System.nanoTime() - start) / 1_000_000));
    }

    @GetMapping({"/health/liveness", "/healthz"})
    public Probe liveness() {
        return new Probe(true, "alive");
    }

    @GetMapping("/health/readiness")
    public ResponseEntity<Readiness> readiness() {
        DatabaseHealth database = health.checkDatabase();
        return database.up()
                ? ResponseEntity.ok(new Readiness(true, "ready", database.latencyMs(), null))
                : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Readiness(false, "not_ready", null, database.error()));
    }

    @GetMapping("/readyz")
    public ResponseEntity<Probe> readyz() {
        return health.checkDatabase().up()
                ? ResponseEntity.ok(new Probe(true, "ready"))
                : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Probe(false, "not_ready"));
    }
}
