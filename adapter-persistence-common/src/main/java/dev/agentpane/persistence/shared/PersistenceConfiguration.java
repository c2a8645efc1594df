package dev.agentpane.persistence.shared;

import dev.agentpane.persistence.agent.AgentPersistenceConfiguration;
import dev.agentpane.persistence.apikey.ApiKeyPersistenceConfiguration;
import dev.agentpane.persistence.auditlog.AuditLogPersistenceConfiguration;
import dev.agentpane.persistence.clisession.CliSessionPersistenceConfiguration;
import dev.agentpane.persistence.githubinstallation.GithubInstallationPersistenceConfiguration;
import dev.agentpane.persistence.githubtoken.GithubTokenPersistenceConfiguration;
import dev.agentpane.persistence.health.HealthPersistenceConfiguration;
import dev.agentpane.persistence.marketplace.MarketplacePersistenceConfiguration;
import dev.agentpane.persistence.plan.PlanSessionPersistenceConfiguration;
import dev.agentpane.persistence.project.ProjectPersistenceConfiguration;
import dev.agentpane.persistence.sandbox.SandboxConfigPersistenceConfiguration;
import dev.agentpane.persistence.sandbox.SandboxInstancePersistenceConfiguration;
import dev.agentpane.persistence.session.SessionPersistenceConfiguration;
import dev.agentpane.persistence.sessionevent.SessionEventPersistenceConfiguration;
import dev.agentpane.persistence.sessionsummary.SessionSummaryPersistenceConfiguration;
import dev.agentpane.persistence.settings.SettingsPersistenceConfiguration;
import dev.agentpane.persistence.task.TaskPersistenceConfiguration;
import dev.agentpane.persistence.template.TemplatePersistenceConfiguration;
import dev.agentpane.persistence.terraform.TerraformModulePersistenceConfiguration;
import dev.agentpane.persistence.terraform.TerraformRegistryPersistenceConfiguration;
import dev.agentpane.persistence.workflow.WorkflowPersistenceConfiguration;
import dev.agentpane.persistence.worktree.WorktreePersistenceConfiguration;
import javax.sql.DataSource;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The MyBatis and transaction infrastructure and, through the imports, one configuration per aggregate with its
 * repository; identical for every dialect. A dialect's configuration imports this one and supplies two beans: its
 * migrated {@link DataSource} and its {@link DatabaseDialect}.
 */
@Configuration(proxyBeanMethods = false)
@Import({
        AgentPersistenceConfiguration.class,
        PlanSessionPersistenceConfiguration.class,
        HealthPersistenceConfiguration.class,
        ProjectPersistenceConfiguration.class,
        SettingsPersistenceConfiguration.class,
        TaskPersistenceConfiguration.class,
        SessionPersistenceConfiguration.class,
        SessionEventPersistenceConfiguration.class,
        SessionSummaryPersistenceConfiguration.class,
        WorktreePersistenceConfiguration.class,
        AuditLogPersistenceConfiguration.class,
        TemplatePersistenceConfiguration.class,
        WorkflowPersistenceConfiguration.class,
        SandboxConfigPersistenceConfiguration.class,
        SandboxInstancePersistenceConfiguration.class,
        TerraformRegistryPersistenceConfiguration.class,
        TerraformModulePersistenceConfiguration.class,
        ApiKeyPersistenceConfiguration.class,
        GithubTokenPersistenceConfiguration.class,
        GithubInstallationPersistenceConfiguration.class,
        MarketplacePersistenceConfiguration.class,
        CliSessionPersistenceConfiguration.class,
})
public class PersistenceConfiguration {

    @Bean
    public StatementEffects statementEffects() {
        return new StatementEffects();
    }

    @Bean
    public SqlSessionFactory sqlSessionFactory(DataSource dataSource, DatabaseDialect dialect, StatementEffects effects) throws Exception {
        org.apache.ibatis.session.Configuration mybatis = new RecordMappingConfiguration();
        mybatis.setMapUnderscoreToCamelCase(true);
        mybatis.setArgNameBasedConstructorAutoMapping(true);
        mybatis.setAutoMappingBehavior(AutoMappingBehavior.FULL);
        mybatis.setCacheEnabled(false);
        // A read inside a transaction must see what other transactions committed meanwhile (after a lock, say), never a
        // copy of an earlier read of the same transaction: no session-wide result cache.
        mybatis.setLocalCacheScope(LocalCacheScope.STATEMENT);

        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        factory.setDataSource(dataSource);
        factory.setConfiguration(mybatis);
        factory.setTypeHandlers(dialect.typeHandlers().toArray(org.apache.ibatis.type.TypeHandler[]::new));
        factory.setMapperLocations(MapperCatalog.xmlResources(dialect.mode()));
        factory.setPlugins(effects);
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
    public GroupCommitTransactionRunner transactionRunner(DataSourceTransactionManager transactionManager, StatementEffects effects,
            DatabaseDialect dialect) {
        return new GroupCommitTransactionRunner(transactionManager, effects::onThisThread, "agentpane-" + dialect.mode() + "-writer");
    }
}
