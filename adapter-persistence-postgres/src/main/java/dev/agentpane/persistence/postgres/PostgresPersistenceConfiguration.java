package dev.agentpane.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import dev.agentpane.persistence.shared.PersistenceConfiguration;
import java.util.List;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The PostgreSQL database: its pool and its schema. Needs a {@link PostgresSettings} bean. */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class PostgresPersistenceConfiguration {
    public static final String CHANGELOG = "db/changelog/postgres/changelog.xml";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(PostgresSettings settings) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("agentpane-postgres");
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(Math.min(2, settings.poolSize()));
        pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        pool.addDataSourceProperty("ApplicationName", "agentpane");
        pool.addDataSourceProperty("connectTimeout", 5);
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            LiquibaseSchemaMigrator.migrate(dataSource, CHANGELOG);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    @Bean
    public DatabaseDialect databaseDialect() {
        return dialect();
    }

    /** What the dialect-free code needs to know of this database; also before the context exists (start-up). */
    public static DatabaseDialect dialect() {
        return new DatabaseDialect("postgres", List.of(new TimestamptzInstantTypeHandler()),
                exception -> UNIQUE_VIOLATION.equals(exception.getSQLState()),
                exception -> FOREIGN_KEY_VIOLATION.equals(exception.getSQLState()), true);
    }

    /** Notices of stored session events reach the streams of every instance on this database (LISTEN/NOTIFY). */
    @Bean(destroyMethod = "close")
    public PostgresNotifySessionEventBus sessionEventBus(PostgresSettings settings, SqlSessionTemplate sessions,
            SessionEventRepository events) {
        org.apache.ibatis.session.Configuration mybatis = sessions.getConfiguration();
        if (!mybatis.hasMapper(SessionEventNotifyMapper.class)) {
            mybatis.addMapper(SessionEventNotifyMapper.class);
        }
        return PostgresNotifySessionEventBus.start(settings, sessions.getMapper(SessionEventNotifyMapper.class), events);
    }
}
