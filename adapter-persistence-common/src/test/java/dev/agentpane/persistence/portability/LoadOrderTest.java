package dev.agentpane.persistence.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOrderTest {

    private static Table table(String name, ForeignKey... keys) {
        return new Table(name, List.of(new Column("id", LogicalType.TEXT, false, false)), List.of("id"), List.of(keys), List.of());
    }

    private static ForeignKey to(String parent) {
        return new ForeignKey(List.of(parent + "_id"), parent, List.of("id"));
    }

    @Test
    void parents_come_first_and_a_circle_of_references_is_one_unit_loaded_in_one_transaction() {
        DatabaseSchema schema = new DatabaseSchema(Map.of(
                "projects", table("projects"),
                "tasks", table("tasks", to("projects"), to("sessions"), to("worktrees")),
                "sessions", table("sessions", to("projects"), to("tasks")),
                "worktrees", table("worktrees", to("projects"), to("tasks")),
                "session_events", table("session_events", to("sessions")),
                "settings", table("settings")));

        List<LoadOrder.Unit> order = schema.loadOrder();

        assertThat(order).containsExactly(
                new LoadOrder.Unit(List.of("projects"), true),
                new LoadOrder.Unit(List.of("sessions", "tasks", "worktrees"), false),
                new LoadOrder.Unit(List.of("session_events"), true),
                new LoadOrder.Unit(List.of("settings"), true));
    }

    @Test
    void a_table_that_references_itself_is_not_committed_in_parts() {
        DatabaseSchema schema = new DatabaseSchema(Map.of("nodes", table("nodes", to("nodes"))));

        assertThat(schema.loadOrder()).containsExactly(new LoadOrder.Unit(List.of("nodes"), false));
    }
}
