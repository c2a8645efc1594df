package dev.agentpane.persistence.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.SandboxConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The sandbox config contract on a real database, plus what only a database can show yet: projects point at their
 * config through {@code projects.sandbox_config_id}, which the project aggregate does not map, so the test sets it
 * with SQL.
 */
public abstract class DatabaseSandboxConfigRepositoryContract extends SandboxConfigRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private SpringStoreFixture database;

    protected abstract SpringStoreFixture openDatabase();

    @Override
    protected final StoreFixture openStore() {
        database = openDatabase();
        return database;
    }

    @Test
    void counts_the_projects_that_use_a_config() throws SQLException {
        SandboxConfig used = SandboxConfig.create("Used", null, T0);
        SandboxConfig unused = SandboxConfig.create("Unused", null, T0);
        port(SandboxConfigRepository.class).insert(used);
        port(SandboxConfigRepository.class).insert(unused);
        for (String path : new String[] {"/repos/a", "/repos/b"}) {
            Project project = Project.create("Project " + path, path, null, T0);
            port(ProjectRepository.class).insert(project);
            assignSandboxConfig(project, used);
        }
        port(ProjectRepository.class).insert(Project.create("Without", "/repos/c", null, T0));

        assertThat(port(SandboxConfigRepository.class).countProjectsUsing(used.id())).isEqualTo(2);
        assertThat(port(SandboxConfigRepository.class).countProjectsUsing(unused.id())).isZero();
    }

    private void assignSandboxConfig(Project project, SandboxConfig config) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE projects SET sandbox_config_id = ? WHERE id = ?")) {
            statement.setString(1, config.id().value());
            statement.setString(2, project.id().value());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
