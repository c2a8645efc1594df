package dev.agentpane.persistence.auditlog;

import dev.agentpane.application.port.out.AuditLogRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AuditLogPersistenceConfiguration {
    @Bean
    public AuditLogRepository auditLogRepository(SqlSessionTemplate sessions) {
        return new MyBatisAuditLogRepository(sessions.getMapper(AuditLogMapper.class));
    }
}
