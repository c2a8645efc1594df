package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.health.HealthService;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health use case, and the clock every service reads. */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {
    @Bean
    public HealthService healthService(DatabaseHealthPort database) {
        return new HealthService(database);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
