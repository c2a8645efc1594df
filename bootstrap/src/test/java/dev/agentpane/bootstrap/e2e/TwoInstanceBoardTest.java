package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two application instances share one PostgreSQL 18 database. Each keeps board pages between reads; a page read on
 * one instance right after a write answered by the other already shows that write (no notice to wait for: the board
 * version is read from the database on every request).
 */
class TwoInstanceBoardTest {

    @Test
    void a_board_kept_by_one_instance_shows_a_write_made_through_the_other_at_once() throws Exception {
        try (TestDatabase database = TestDatabase.postgres();
                RunningServer writer = RunningServer.start(database);
                RunningServer reader = RunningServer.start(database)) {
            String projectId = writer.api.post("/api/projects", json("{'name':'Shared','path':'/repos/shared'}")).json().at("/data/id")
                    .asString();
            String board = "/api/tasks?projectId=" + projectId;
            String taskId = writer.api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'first'}")).json()
                    .at("/data/id").asString();
            assertThat(reader.api.get(board).json().at("/data/items/0/title").asString()).isEqualTo("first");
            assertThat(reader.api.get(board).json().at("/data/items/0/title").asString()).as("read again, kept").isEqualTo("first");

            for (int round = 0; round < 20; round++) {
                String title = "renamed " + round;
                assertThat(writer.api.put("/api/tasks/" + taskId, json("{'title':'" + title + "'}")).status()).isEqualTo(200);
                assertThat(reader.api.get(board).json().at("/data/items/0/title").asString()).isEqualTo(title);
            }
            writer.api.patch("/api/tasks/" + taskId + "/move", json("{'column':'verified'}"));
            assertThat(reader.api.get(board).json().at("/data/items/0/column").asString()).isEqualTo("verified");
            writer.api.delete("/api/tasks/" + taskId);
            assertThat(reader.api.get(board).json().at("/data/totalCount").asInt()).isZero();
        }
    }
}
