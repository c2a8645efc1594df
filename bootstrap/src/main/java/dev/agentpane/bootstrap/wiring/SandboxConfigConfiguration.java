package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.sandbox.SandboxConfigService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sandbox configs' use cases. */
@Configuration(proxyBeanMethods = false)
public class SandboxConfigConfiguration {
    @Bean
    public SandboxConfigService sandboxConfigService(SandboxConfigRepository configs, TransactionRunner transactions, Clock clock) {
        return new SandboxConfigService(configs, transactions, clock);
    }
}
