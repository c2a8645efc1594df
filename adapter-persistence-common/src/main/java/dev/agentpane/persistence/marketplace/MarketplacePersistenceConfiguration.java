package dev.agentpane.persistence.marketplace;

import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class MarketplacePersistenceConfiguration {
    @Bean
    public MarketplaceRepository marketplaceRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisMarketplaceRepository(sessions.getMapper(MarketplaceMapper.class), dialect.uniqueViolations());
    }
}
