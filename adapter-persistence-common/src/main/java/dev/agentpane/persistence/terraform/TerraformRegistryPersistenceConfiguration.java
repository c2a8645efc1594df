package dev.agentpane.persistence.terraform;

import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TerraformRegistryPersistenceConfiguration {
    @Bean
    public TerraformRegistryRepository terraformRegistryRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisTerraformRegistryRepository(sessions.getMapper(TerraformRegistryMapper.class),
                dialect.uniqueViolations());
    }
}
