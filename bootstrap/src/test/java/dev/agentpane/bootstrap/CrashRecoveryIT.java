package dev.agentpane.bootstrap;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server killed with SIGKILL in the middle of a create/move/append load loses no write it acknowledged with a 2xx:
 * after a restart every acknowledged task is there, in the column of its last acknowledged move (or of the move that was
 * in flight at the kill), every column's positions are still 0..n-1, and every acknowledged session event is stored at
 * the offset it was given.
 */
class CrashRecoveryIT {
    private static final List<String> COLUMNS = List.of("backlog", "queued", "in_progress", "waiting_approval", "verified");
    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_WRITES_BEFORE_KILL = 300;

    /** What a client knows of one of its tasks: the column of its last acknowledged move, and a move still in flight. */
    private record Known(String acknowledgedColumn, String inFlightColumn) {
    }

    @Test
    void acknowledged_writes_survive_a_kill_on_sqlite() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite()) {
            crashAndCheck(database);
        }
    }

    @Test
    void acknowledged_writes_survive_a_kill_on_postgresql_18() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            crashAndCheck(database);
        }
    }

    private static void crashAndCheck(TestDatabase database) throws Exception {
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("PORT", "0");
        Map<String, Known> known = new ConcurrentHashMap<>();
        Set<Long> acknowledgedOffsets = ConcurrentHashMap.newKeySet();
        String projectId;
        String sessionId;
        try (JarProcess jar = new JarProcess(env)) {
            ApiClient api = new ApiClient(jar.port());
            projectId = api.post("/api/projects", json("{'name':'Crash','path':'/repos/crash'}")).json().at("/data/id").asString();
            sessionId = api.post("/api/sessions", json("{'projectId':'" + projectId + "','title':'Crash log'}")).json().at("/data/id")
                    .asString();
            CountDownLatch enoughWrites = new CountDownLatch(ACKNOWLEDGED_WRITES_BEFORE_KILL);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            String sid = sessionId;
            clients.submit(() -> appendEvents(api, sid, acknowledgedOffsets, enoughWrites, killed));
            for (int client = 0; client < CLIENTS; client++) {
                Random random = new Random(client);
                String pid = projectId;
                clients.submit(() -> load(api, pid, random, known, enoughWrites, killed));
            }
            assertThat(enoughWrites.await(120, TimeUnit.SECONDS)).as("the load made progress").isTrue();
            killed.set(true);
            jar.process.toHandle().destroyForcibly();
            assertThat(jar.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (JarProcess restarted = new JarProcess(env)) {
            ApiClient api = new ApiClient(restarted.port());
            JsonNode items = api.get("/api/tasks?projectId=" + projectId).json().at("/data/items");
            Map<String, String> columnById = new HashMap<>();
            Map<String, List<Integer>> positions = new HashMap<>();
            items.forEach(task -> {
                columnById.put(task.path("id").asString(), task.path("column").asString());
                positions.computeIfAbsent(task.path("column").asString(), key -> new ArrayList<>()).add(task.path("position").asInt());
            });
            known.forEach((id, state) -> {
                assertThat(columnById).as("acknowledged task %s", id).containsKey(id);
                Set<String> allowed = new java.util.HashSet<>(java.util.Arrays.asList(state.acknowledgedColumn(), state.inFlightColumn()));
                assertThat(allowed).as("column of task %s", id).contains(columnById.get(id));
            });
            positions.forEach((column, inColumn) -> assertThat(inColumn).as(column)
                    .isEqualTo(java.util.stream.IntStream.range(0, inColumn.size()).boxed().toList()));
            JsonNode events = api.get("/api/sessions/" + sessionId + "/events?limit=1000").json().path("data");
            Set<Long> stored = new java.util.HashSet<>();
            events.forEach(event -> stored.add(event.path("offset").asLong()));
            assertThat(stored).as("stored event offsets").containsAll(acknowledgedOffsets);
            assertThat(acknowledgedOffsets).isNotEmpty();
            restarted.terminate();
        }
    }

    /** Appends batches of three events and remembers the offsets the server acknowledged. */
    private static void appendEvents(ApiClient api, String sessionId, Set<Long> acknowledgedOffsets, CountDownLatch acknowledged,
            AtomicBoolean killed) {
        for (int i = 0; i < 300 && !killed.get(); i++) {
            try {
                ApiResponse response = api.post("/api/sessions/" + sessionId + "/events",
                        json("[{'type':'chunk','data':{'n':" + i + "}},{'type':'chunk','data':{'n':" + i + "}},{'type':'tool:start','data':{}}]"));
                if (response.status() == 201) {
                    response.json().at("/data/offsets").forEach(offset -> acknowledgedOffsets.add(offset.asLong()));
                    acknowledged.countDown();
                }
            } catch (IllegalStateException connectionLost) {
                return;
            }
        }
    }

    /** Each client creates its own tasks and moves only those, so it knows what each of them must look like. */
    private static void load(ApiClient api, String projectId, Random random, Map<String, Known> known, CountDownLatch acknowledged,
            AtomicBoolean killed) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 100_000 && !killed.get(); i++) {
            try {
                if (mine.isEmpty() || random.nextInt(4) == 0) {
                    ApiResponse created = api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'t" + i + "'}"));
                    if (created.status() == 201) {
                        String id = created.json().at("/data/id").asString();
                        known.put(id, new Known("backlog", null));
                        mine.add(id);
                        acknowledged.countDown();
                    }
                } else {
                    String id = mine.get(random.nextInt(mine.size()));
                    String column = COLUMNS.get(random.nextInt(COLUMNS.size()));
                    known.put(id, new Known(known.get(id).acknowledgedColumn(), column));
                    int status = api.patch("/api/tasks/" + id + "/move",
                            json("{'column':'" + column + "','position':" + random.nextInt(5) + "}")).status();
                    if (status == 200) {
                        known.put(id, new Known(column, null));
                        acknowledged.countDown();
                    }
                }
            } catch (IllegalStateException connectionLost) {
                return; // the server is gone; what is in flight stays recorded as in flight
            }
        }
    }
}
