package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.settings.SettingsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings use cases. */
@Configuration(proxyBeanMethods = false)
public class SettingsConfiguration {
    @Bean
    public SettingsService settingsService(SettingsRepository settings, TransactionRunner transactions, Clock clock) {
        return new SettingsService(settings, transactions, clock);
    }
}
