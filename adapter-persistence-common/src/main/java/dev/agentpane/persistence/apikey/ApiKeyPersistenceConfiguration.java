package dev.agentpane.persistence.apikey;

import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ApiKeyPersistenceConfiguration {
    @Bean
    public ApiKeyRepository apiKeyRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisApiKeyRepository(sessions.getMapper(ApiKeyMapper.class), dialect.uniqueViolations());
    }
}
