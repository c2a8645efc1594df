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
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;
import org.springframework.beans.factory.ObjectProvider;
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

    /** The data source of transactions and mappers: on a database server, one that holds writes back (ADR 0014). */
    @Bean
    public PipelinedWrites pipelinedWrites(DataSource dataSource, DatabaseDialect dialect) {
        return dialect.roundTripPerStatement() ? PipelinedWrites.over(dataSource) : PipelinedWrites.none(dataSource);
    }

    /**
     * MyBatis bound to the database. The mapper XMLs are parsed already when the context holds {@link MapperDefinitions}
     * started before it (the server's start-up), and here otherwise (tests, tools).
     */
    @Bean
    public SqlSessionFactory sqlSessionFactory(ObjectProvider<MapperDefinitions> parsedBeforehand, DatabaseDialect dialect,
            PipelinedWrites pipelinedWrites, StatementEffects effects) {
        org.apache.ibatis.session.Configuration mybatis = parsedBeforehand.getIfAvailable(() -> MapperDefinitions.parseNow(dialect)).take();
        mybatis.setEnvironment(new Environment("agentpane-" + dialect.mode(), new SpringManagedTransactionFactory(), pipelinedWrites.dataSource()));
        mybatis.addInterceptor(effects);
        return new DefaultSqlSessionFactory(mybatis);
    }

    @Bean
    public SqlSessionTemplate sqlSessionTemplate(SqlSessionFactory sqlSessionFactory) {
        return new SqlSessionTemplate(sqlSessionFactory);
    }

    @Bean
    public DataSourceTransactionManager transactionManager(PipelinedWrites pipelinedWrites) {
        return new DataSourceTransactionManager(pipelinedWrites.dataSource());
    }

    @Bean
    public GroupCommitTransactionRunner transactionRunner(DataSourceTransactionManager transactionManager, StatementEffects effects,
            PipelinedWrites pipelinedWrites, DatabaseDialect dialect) {
        return new GroupCommitTransactionRunner(transactionManager, effects::onThisThread,
                pipelinedWrites.holdsWritesBack() ? pipelinedWrites : null, "agentpane-" + dialect.mode() + "-writer");
    }
}
