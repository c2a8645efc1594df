package dev.agentpane.persistence.clisession;

import dev.agentpane.application.port.out.CliSessionRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CliSessionPersistenceConfiguration {
    @Bean
    public CliSessionRepository cliSessionRepository(SqlSessionTemplate sessions) {
        return new MyBatisCliSessionRepository(sessions.getMapper(CliSessionMapper.class));
    }
}
