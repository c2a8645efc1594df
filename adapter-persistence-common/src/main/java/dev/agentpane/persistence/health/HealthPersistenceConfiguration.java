package dev.agentpane.persistence.health;

import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class HealthPersistenceConfiguration {
    @Bean
    public DatabaseHealthPort databaseHealthPort(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisDatabaseHealthProbe(sessions.getMapper(HealthMapper.class), dialect.mode());
    }
}
