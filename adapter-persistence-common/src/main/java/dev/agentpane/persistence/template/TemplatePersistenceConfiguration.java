package dev.agentpane.persistence.template;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TemplatePersistenceConfiguration {
    @Bean
    public TemplateRepository templateRepository(SqlSessionTemplate sessions, DatabaseDialect dialect,
            TransactionRunner transactions) {
        return new MyBatisTemplateRepository(sessions.getMapper(TemplateMapper.class), dialect.uniqueViolations(),
                dialect.foreignKeyViolations(), transactions);
    }
}
