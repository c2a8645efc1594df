package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.terraform.TerraformComposeService;
import dev.agentpane.application.terraform.TerraformRegistryService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Terraform registries, their modules, validation and composition. */
@Configuration(proxyBeanMethods = false)
public class TerraformConfiguration {
    @Bean
    public TerraformRegistryService terraformRegistryService(TerraformRegistryRepository registries, TerraformModuleRepository modules,
            TransactionRunner transactions, Clock clock) {
        return new TerraformRegistryService(registries, modules, transactions, clock);
    }

    @Bean
    public TerraformComposeService terraformComposeService(TerraformRegistryRepository registries) {
        return new TerraformComposeService(registries);
    }
}
