package dev.agentpane.persistence.terraform;

import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TerraformModulePersistenceConfiguration {
    @Bean
    public TerraformModuleRepository terraformModuleRepository(SqlSessionTemplate sessions, DatabaseDialect dialect,
            TransactionRunner transactions) {
        return new MyBatisTerraformModuleRepository(sessions.getMapper(TerraformModuleMapper.class),
                dialect.uniqueViolations(), transactions);
    }
}
