package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.marketplace.MarketplaceService;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plugin marketplaces' use cases. */
@Configuration(proxyBeanMethods = false)
public class MarketplaceConfiguration {
    @Bean
    public MarketplaceService marketplaceService(MarketplaceRepository marketplaces, TransactionRunner transactions, Clock clock) {
        return new MarketplaceService(marketplaces, transactions, clock);
    }
}
