package dev.agentpane.persistence.clisession;

import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.persistence.stream.InProcessCliMonitorEventBus;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CliSessionPersistenceConfiguration {
    @Bean
    public CliSessionRepository cliSessionRepository(SqlSessionTemplate sessions) {
        return new MyBatisCliSessionRepository(sessions.getMapper(CliSessionMapper.class));
    }

    /** The same in-process bus on both databases: the live view it reports on lives in one process. */
    @Bean
    public CliMonitorEventBus cliMonitorEventBus() {
        return new InProcessCliMonitorEventBus();
    }
}
