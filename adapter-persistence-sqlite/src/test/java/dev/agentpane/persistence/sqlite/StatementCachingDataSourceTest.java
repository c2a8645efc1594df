package dev.agentpane.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class StatementCachingDataSourceTest {
    @TempDir
    Path directory;
    private StatementCachingDataSource dataSource;

    @BeforeEach
    void createTable() throws SQLException {
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + directory.resolve("cache.db"));
        dataSource = new StatementCachingDataSource(sqlite);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)");
            statement.execute("INSERT INTO t VALUES ('a', 1), ('b', 2)");
        }
    }

    private static Integer value(PreparedStatement statement, String key) throws SQLException {
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : null;
        }
    }

    /** Cleared bindings would make SQLite compile again, at each use, a statement whose plan used a bound value (max(), OFFSET ?). */
    @Test
    void a_closed_statement_is_handed_out_again_for_the_same_sql_with_its_bindings_kept() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement first = connection.prepareStatement("SELECT v FROM t WHERE k = ?");
            assertThat(value(first, "a")).isEqualTo(1);
            first.close();
            assertThat(first.isClosed()).isTrue();

            PreparedStatement again = connection.prepareStatement("SELECT v FROM t WHERE k = ?");
            assertThat(again).isSameAs(first);
            assertThat(again.isClosed()).isFalse();
            try (ResultSet rows = again.executeQuery()) {
                assertThat(rows.next()).as("the binding k = 'a' is still there").isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(value(again, "b")).isEqualTo(2);
            again.close();
        }
    }

    /** The driver finalises a statement whose execution fails (a constraint, say): the next caller of its SQL gets a new one. */
    @Test
    void a_statement_whose_execution_failed_is_replaced_for_the_next_caller() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String insert = "INSERT INTO t VALUES (?, ?)";
            PreparedStatement failing = connection.prepareStatement(insert);
            failing.setString(1, "a");
            failing.setInt(2, 3);
            assertThatThrownBy(failing::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
            failing.close();

            PreparedStatement next = connection.prepareStatement(insert);
            next.setString(1, "c");
            next.setInt(2, 3);
            assertThat(next.executeUpdate()).isEqualTo(1);
            next.close();
            try (PreparedStatement select = connection.prepareStatement("SELECT v FROM t WHERE k = ?")) {
                assertThat(value(select, "c")).isEqualTo(3);
            }
        }
    }

    /** An error raised by a function (json() on malformed text) makes the driver finalise the statement itself. */
    @Test
    void a_statement_the_driver_finalised_after_an_error_is_replaced_for_the_next_caller() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE j (k TEXT PRIMARY KEY, v TEXT CHECK (json_valid(v)))");
            }
            String insert = "INSERT INTO j VALUES (?, json(?)) ON CONFLICT (k) DO UPDATE SET v = excluded.v";
            PreparedStatement failing = connection.prepareStatement(insert);
            failing.setString(1, "a");
            failing.setString(2, "not json");
            assertThatThrownBy(failing::executeUpdate).isInstanceOf(SQLException.class);
            failing.close();

            PreparedStatement next = connection.prepareStatement(insert);
            next.setString(1, "c");
            next.setString(2, "3");
            assertThat(next.executeUpdate()).isEqualTo(1);
            next.close();
        }
    }

    @Test
    void the_same_sql_asked_for_while_its_statement_is_in_use_gets_a_statement_of_its_own() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement outer = connection.prepareStatement("SELECT v FROM t WHERE k = ?");
            PreparedStatement inner = connection.prepareStatement("SELECT v FROM t WHERE k = ?");

            assertThat(inner).isNotSameAs(outer);
            assertThat(value(outer, "a")).isEqualTo(1);
            assertThat(value(inner, "b")).isEqualTo(2);
            inner.close();
            assertThat(inner.isClosed()).as("not kept: really closed").isTrue();
            outer.close();
        }
    }

    @Test
    void closing_a_kept_statement_closes_the_result_set_left_open_so_no_old_snapshot_stays() throws SQLException {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            PreparedStatement statement = reader.prepareStatement("SELECT v FROM t WHERE k = ?");
            statement.setString(1, "a");
            ResultSet left = statement.executeQuery();
            left.next();
            statement.close();
            assertThat(left.isClosed()).isTrue();

            try (Statement update = writer.createStatement()) {
                update.execute("UPDATE t SET v = 10 WHERE k = 'a'");
            }
            PreparedStatement again = reader.prepareStatement("SELECT v FROM t WHERE k = ?");
            assertThat(value(again, "a")).as("sees the later commit").isEqualTo(10);
            again.close();
        }
    }

    @Test
    void closing_the_connection_finalises_what_it_kept() throws SQLException {
        PreparedStatement kept;
        try (Connection connection = dataSource.getConnection()) {
            kept = connection.prepareStatement("SELECT v FROM t WHERE k = ?");
            kept.close();
        }
        assertThatThrownBy(() -> kept.unwrap(PreparedStatement.class).executeQuery()).isInstanceOf(SQLException.class);
    }
}
