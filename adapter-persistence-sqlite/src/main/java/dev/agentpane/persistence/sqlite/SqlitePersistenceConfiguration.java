package dev.agentpane.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.agentpane.persistence.shared.DatabaseDialect;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import dev.agentpane.persistence.shared.PersistenceConfiguration;
import dev.agentpane.persistence.stream.InProcessSessionEventBus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The SQLite database: a file, its connections' pragmas, its schema and its single writer. Needs a {@link SqliteSettings} bean. */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class SqlitePersistenceConfiguration {
    public static final String CHANGELOG = "db/changelog/sqlite/changelog.xml";
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(SqliteSettings settings) {
        Path file = settings.databaseFile().toAbsolutePath();
        createParentDirectory(file);

        SQLiteConfig pragmas = new SQLiteConfig();
        pragmas.enforceForeignKeys(true);
        pragmas.setJournalMode(SQLiteConfig.JournalMode.WAL);
        pragmas.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        pragmas.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Take the write lock when a transaction begins: a reader that later writes cannot then fail with SQLITE_BUSY.
        pragmas.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(pragmas);
        sqlite.setUrl("jdbc:sqlite:" + file);

        HikariConfig pool = new HikariConfig();
        pool.setPoolName("agentpane-sqlite");
        pool.setDataSource(new StatementCachingDataSource(sqlite));
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(1);
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
        return new DatabaseDialect("sqlite", List.of(new IsoInstantTextTypeHandler()),
                exception -> exception instanceof SQLiteException sqlite
                        && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY),
                exception -> exception instanceof SQLiteException sqlite
                        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY, false);
    }

    /** One process serves a SQLite file, so the streams' notices stay in this process. */
    @Bean(destroyMethod = "close")
    public InProcessSessionEventBus sessionEventBus() {
        return new InProcessSessionEventBus();
    }

    private static void createParentDirectory(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the SQLite database " + file, e);
        }
    }
}
