package dev.agentpane.persistence.shared;

import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.persistence.health.HealthMapper;
import dev.agentpane.persistence.health.MyBatisDatabaseHealthProbe;
import dev.agentpane.persistence.project.MyBatisProjectRepository;
import dev.agentpane.persistence.project.ProjectMapper;
import dev.agentpane.persistence.settings.MyBatisSettingsRepository;
import dev.agentpane.persistence.settings.SettingsMapper;
import javax.sql.DataSource;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The repositories, identical for every dialect. A dialect's configuration imports this one and supplies two beans:
 * its migrated {@link DataSource} and its {@link DatabaseDialect}.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    public SqlSessionFactory sqlSessionFactory(DataSource dataSource, DatabaseDialect dialect) throws Exception {
        org.apache.ibatis.session.Configuration mybatis = new org.apache.ibatis.session.Configuration();
        mybatis.setMapUnderscoreToCamelCase(true);
        mybatis.setArgNameBasedConstructorAutoMapping(true);
        mybatis.setAutoMappingBehavior(AutoMappingBehavior.FULL);
        mybatis.setCacheEnabled(false);

        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        factory.setDataSource(dataSource);
        factory.setConfiguration(mybatis);
        factory.setTypeHandlers(dialect.typeHandlers().toArray(org.apache.ibatis.type.TypeHandler[]::new));
        factory.setMapperLocations(new PathMatchingResourcePatternResolver().getResources(dialect.mapperLocations()));
        return factory.getObject();
    }

    @Bean
    public SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory sqlSessionFactory) {
        return new SqlSessionTemplate(sqlSessionFactory);
    }

    @Bean
    public DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    public TransactionRunner transactionRunner(DataSourceTransactionManager transactionManager, DatabaseDialect dialect) {
        return new SpringTransactionRunner(transactionManager, dialect.writeLock());
    }

    @Bean
    public ProjectRepository projectRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisProjectRepository(sessions.getMapper(ProjectMapper.class), dialect.uniqueViolations());
    }

    @Bean
    public SettingsRepository settingsRepository(SqlSessionTemplate sessions) {
        return new MyBatisSettingsRepository(sessions.getMapper(SettingsMapper.class));
    }

    @Bean
    public DatabaseHealthPort databaseHealthPort(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisDatabaseHealthProbe(sessions.getMapper(HealthMapper.class), dialect.mode());
    }
}
