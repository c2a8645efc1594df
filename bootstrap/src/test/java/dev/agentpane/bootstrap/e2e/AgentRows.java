package dev.agentpane.bootstrap.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Agent rows changed behind the API's back, as agent execution (a later issue) will change them. */
final class AgentRows {
    private AgentRows() {
    }

    static void setStatus(TestDatabase database, String agentId, String status, String currentTaskId) {
        execute(database, "UPDATE agents SET status = ?, current_task_id = ? WHERE id = ?", status, currentTaskId, agentId);
    }

    static void execute(TestDatabase database, String sql, String... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("Expected one row to change: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
