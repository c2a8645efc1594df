package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /**
     * Each instance writes through its own writer thread, so here the board lock is really waited for: a move that
     * waited must read the card as the other instance left it, or its versioned update would find nothing.
     */
    @Test
    void two_instances_moving_the_cards_of_one_board_at_once_lose_no_move() throws Exception {
        int cards = 6;
        int movesPerClient = 30;
        try (TestDatabase database = TestDatabase.postgres();
                RunningServer first = RunningServer.start(database);
                RunningServer second = RunningServer.start(database)) {
            String projectId = first.api.post("/api/projects", json("{'name':'Busy','path':'/repos/busy'}")).json().at("/data/id")
                    .asString();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < cards; i++) {
                ids.add(first.api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'card " + i + "'}")).json()
                        .at("/data/id").asString());
            }
            long versionsBefore = versionSum(first, ids);
            String[] columns = {"backlog", "queued", "in_progress", "verified"};
            List<RunningServer> clients = List.of(first, first, second, second);
            ExecutorService pool = Executors.newFixedThreadPool(clients.size());
            try {
                List<Future<List<Integer>>> statuses = new ArrayList<>();
                for (int c = 0; c < clients.size(); c++) {
                    RunningServer server = clients.get(c);
                    Random random = new Random(c);
                    statuses.add(pool.submit(() -> {
                        List<Integer> seen = new ArrayList<>();
                        for (int m = 0; m < movesPerClient; m++) {
                            String body = "{'column':'" + columns[random.nextInt(columns.length)] + "','position':" + random.nextInt(3) + "}";
                            seen.add(server.api.patch("/api/tasks/" + ids.get(random.nextInt(cards)) + "/move", json(body)).status());
                        }
                        return seen;
                    }));
                }
                for (Future<List<Integer>> status : statuses) {
                    assertThat(status.get(120, TimeUnit.SECONDS)).containsOnly(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(versionSum(second, ids) - versionsBefore).as("every move moved its card's version on by one")
                    .isEqualTo((long) clients.size() * movesPerClient);
        }
    }

    private static long versionSum(RunningServer server, List<String> ids) throws Exception {
        long sum = 0;
        for (String id : ids) {
            sum += server.api.get("/api/tasks/" + id).json().at("/data/version").asLong();
        }
        return sum;
    }
}
