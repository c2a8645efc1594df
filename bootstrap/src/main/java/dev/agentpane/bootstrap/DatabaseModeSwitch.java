package dev.agentpane.bootstrap;

import dev.agentpane.persistence.postgres.PostgresPersistenceConfiguration;
import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import dev.agentpane.persistence.sqlite.SqliteSettings;
import dev.agentpane.persistence.shared.DatabaseDialect;
import dev.agentpane.persistence.shared.MapperDefinitions;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * DB_MODE → exactly one dialect's persistence configuration, with its settings, and its mapper XMLs already being parsed
 * on a thread of their own while the context is assembled and the database opened.
 */
final class DatabaseModeSwitch {
    private DatabaseModeSwitch() {
    }

    static void register(AnnotationConfigApplicationContext context, EnvironmentConfig config) {
        switch (config.databaseMode()) {
            case SQLITE -> {
                context.registerBean(SqliteSettings.class, config::sqlite);
                registerMapperDefinitions(context, SqlitePersistenceConfiguration.dialect());
                context.register(SqlitePersistenceConfiguration.class);
            }
            case POSTGRES -> {
                context.registerBean(PostgresSettings.class, config::postgres);
                registerMapperDefinitions(context, PostgresPersistenceConfiguration.dialect());
                context.register(PostgresPersistenceConfiguration.class);
            }
        }
    }

    private static void registerMapperDefinitions(AnnotationConfigApplicationContext context, DatabaseDialect dialect) {
        MapperDefinitions parsing = MapperDefinitions.parseInBackground(dialect);
        context.registerBean(MapperDefinitions.class, () -> parsing);
    }
}
