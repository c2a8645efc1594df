package dev.agentpane.bootstrap;

import dev.agentpane.persistence.postgres.PostgresPersistenceConfiguration;
import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import dev.agentpane.persistence.sqlite.SqliteSettings;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** DB_MODE → exactly one dialect's persistence configuration, with its settings. */
final class DatabaseModeSwitch {
    private DatabaseModeSwitch() {
    }

    static void register(AnnotationConfigApplicationContext context, EnvironmentConfig config) {
        switch (config.databaseMode()) {
            case SQLITE -> {
                context.registerBean(SqliteSettings.class, config::sqlite);
                context.register(SqlitePersistenceConfiguration.class);
            }
            case POSTGRES -> {
                context.registerBean(PostgresSettings.class, config::postgres);
                context.register(PostgresPersistenceConfiguration.class);
            }
        }
    }
}
