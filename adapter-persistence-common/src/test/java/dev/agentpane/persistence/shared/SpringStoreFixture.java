package dev.agentpane.persistence.shared;

import dev.agentpane.application.port.out.StoreFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** A dialect's persistence configuration, started for a contract-test class; each port is the real repository. */
public final class SpringStoreFixture implements StoreFixture {
    /** Every table, children before parents, so that deleting in this order never trips a foreign key. */
    public static final List<String> TABLES_IN_DELETE_ORDER = List.of(
            "session_events", "session_summaries", "audit_logs", "agent_runs", "sandbox_tmux_sessions", "sandbox_instances",
            "plan_sessions", "template_projects", "workflows", "templates", "repository_configs", "terraform_modules",
            "terraform_registries", "tasks", "sessions", "worktrees", "agents", "projects", "sandbox_configs",
            "github_installations", "api_keys", "github_tokens", "cli_sessions", "marketplaces", "settings");

    private final AnnotationConfigApplicationContext context;
    private final Runnable afterClose;

    private SpringStoreFixture(AnnotationConfigApplicationContext context, Runnable afterClose) {
        this.context = context;
        this.afterClose = afterClose;
    }

    /** Starts {@code configuration} with {@code settings} registered as a bean (the dialect's settings record). */
    public static <S> SpringStoreFixture start(Class<?> configuration, Class<S> settingsType, S settings, Runnable afterClose) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(settingsType, () -> settings);
        context.register(configuration);
        context.refresh();
        return new SpringStoreFixture(context, afterClose);
    }

    @Override
    public <T> T port(Class<T> portType) {
        return context.getBean(portType);
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    @Override
    public void reset() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES_IN_DELETE_ORDER) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database", e);
        }
    }

    @Override
    public void close() {
        context.close();
        afterClose.run();
    }
}
