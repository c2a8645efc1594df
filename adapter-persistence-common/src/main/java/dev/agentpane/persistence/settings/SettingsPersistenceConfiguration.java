package dev.agentpane.persistence.settings;

import dev.agentpane.application.port.out.SettingsRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SettingsPersistenceConfiguration {
    @Bean
    public SettingsRepository settingsRepository(SqlSessionTemplate sessions) {
        return new MyBatisSettingsRepository(sessions.getMapper(SettingsMapper.class));
    }
}
