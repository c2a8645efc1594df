package dev.agentpane.bootstrap.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.postgres.PostgresPersistenceConfiguration;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Both dialects' changelogs build the same logical schema: tables, columns, types, keys, delete rules and indexes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaParityTest {
    private static final int TABLE_COUNT = 25;
    private TestDatabase sqlite;
    private TestDatabase postgres;
    private LogicalSchema sqliteSchema;
    private LogicalSchema postgresSchema;

    @BeforeAll
    void migrateBoth() throws Exception {
        sqlite = TestDatabase.sqlite();
        postgres = TestDatabase.postgres();
        Migrations.apply(sqlite, SqlitePersistenceConfiguration.CHANGELOG);
        Migrations.apply(postgres, PostgresPersistenceConfiguration.CHANGELOG);
        try (Connection connection = sqlite.connect()) {
            sqliteSchema = LogicalSchema.read(connection, null);
        }
        try (Connection connection = postgres.connect()) {
            postgresSchema = LogicalSchema.read(connection, "public");
        }
    }

    @AfterAll
    void dropBoth() {
        sqlite.close();
        postgres.close();
    }

    @Test
    void both_dialects_hold_the_reference_s_25_tables() {
        assertThat(sqliteSchema.tables().keySet()).hasSize(TABLE_COUNT).isEqualTo(postgresSchema.tables().keySet());
    }

    @Test
    void every_table_is_the_same_in_both_dialects() {
        for (Map.Entry<String, LogicalSchema.Table> entry : postgresSchema.tables().entrySet()) {
            LogicalSchema.Table sqliteTable = sqliteSchema.tables().get(entry.getKey());
            LogicalSchema.Table postgresTable = entry.getValue();
            assertThat(sqliteTable.columns()).as("columns of %s", entry.getKey()).isEqualTo(postgresTable.columns());
            assertThat(sqliteTable.primaryKey()).as("primary key of %s", entry.getKey()).isEqualTo(postgresTable.primaryKey());
            assertThat(sqliteTable.foreignKeys()).as("foreign keys of %s", entry.getKey()).isEqualTo(postgresTable.foreignKeys());
            assertThat(sqliteTable.indexes()).as("indexes of %s", entry.getKey()).isEqualTo(postgresTable.indexes());
        }
    }

    @Test
    void every_postgres_type_is_one_of_the_vocabulary_and_instants_follow_the_naming_rule() {
        postgresSchema.tables().forEach((table, definition) -> definition.columns().forEach((column, type) -> {
            assertThat(type.type()).as("%s.%s", table, column).doesNotStartWith("unmapped");
            if (type.type().equals("timestamp")) {
                assertThat(column).as("instant columns end with _at").endsWith("_at");
            }
            if (type.type().equals("text")) {
                assertThat(column).as("text columns never end with _at (instants or epoch milliseconds do)").doesNotEndWith("_at");
            }
        }));
    }

    @Test
    void the_delete_rules_of_the_reference_hold() {
        assertThat(postgresSchema.tables().get("tasks").foreignKeys()).contains(
                new LogicalSchema.ForeignKey("project_id", "projects", "id", "CASCADE"),
                new LogicalSchema.ForeignKey("agent_id", "agents", "id", "SET NULL"),
                new LogicalSchema.ForeignKey("session_id", "sessions", "id", "SET NULL"),
                new LogicalSchema.ForeignKey("worktree_id", "worktrees", "id", "SET NULL"));
        assertThat(sqliteSchema.tables().get("sessions").foreignKeys())
                .contains(new LogicalSchema.ForeignKey("task_id", "tasks", "id", "SET NULL"));
        assertThat(sqliteSchema.tables().get("projects").foreignKeys()).contains(
                new LogicalSchema.ForeignKey("sandbox_config_id", "sandbox_configs", "id", "NO ACTION"),
                new LogicalSchema.ForeignKey("github_installation_id", "github_installations", "id", "NO ACTION"));
        assertThat(sqliteSchema.tables().get("session_events").indexes())
                .contains(new LogicalSchema.Index(true, java.util.List.of("session_id", "event_offset")));
    }
}
