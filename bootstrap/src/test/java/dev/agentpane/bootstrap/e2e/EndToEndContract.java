package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The application as a whole on one database: what it reports, what survives a restart, how it bears concurrent writers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContract {
    private TestDatabase database;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void openDatabaseOnce() {
        database = openDatabase();
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @Test
    void health_names_the_database_mode_and_version() {
        try (RunningServer server = RunningServer.start(database)) {
            JsonNode check = server.api.get("/api/health").json().at("/data/checks/database");

            assertThat(check.path("status").asString()).isEqualTo("ok");
            assertThat(check.path("mode").asString()).isEqualTo(database.mode());
            assertThat(check.path("version").asString()).startsWith(database.versionPrefix());
            assertThat(server.api.get("/api/readyz").status()).isEqualTo(200);
        }
    }

    @Test
    void data_and_schema_survive_a_restart_on_the_same_database() {
        String projectId;
        try (RunningServer first = RunningServer.start(database)) {
            projectId = first.api.post("/api/projects", json("{'name':'Persistent','path':'/repos/restart'}"))
                    .json().at("/data/id").asString();
            first.api.put("/api/settings", json("{'settings':{'restart.marker':{'kept':true}}}"));
        }
        long changesets = database.count("SELECT count(*) FROM databasechangelog");

        try (RunningServer second = RunningServer.start(database)) {
            assertThat(second.api.get("/api/projects/" + projectId).json().at("/data/name").asString()).isEqualTo("Persistent");
            assertThat(second.api.get("/api/settings?keys=restart.marker").json().at("/data/settings/restart.marker/kept")
                    .asBoolean()).isTrue();
        }
        assertThat(database.count("SELECT count(*) FROM databasechangelog")).isEqualTo(changesets).isPositive();
    }

    @Test
    void concurrent_writers_all_succeed_and_nothing_is_lost() throws Exception {
        int writers = 16;
        int projectsPerWriter = 15;
        try (RunningServer server = RunningServer.start(database)) {
            long before = server.api.get("/api/projects").json().at("/data/totalCount").asLong();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<List<Integer>>> results = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    int w = writer;
                    Callable<List<Integer>> work = () -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < projectsPerWriter; i++) {
                            ApiResponse created = server.api.post("/api/projects",
                                    json("{'name':'W" + w + "-" + i + "','path':'/repos/concurrent/" + w + "/" + i + "'}"));
                            statuses.add(created.status());
                            String id = created.json().at("/data/id").asString();
                            statuses.add(server.api.patch("/api/projects/" + id, json("{'description':'touched'}")).status());
                            statuses.add(server.api.put("/api/settings", json("{'settings':{'writer." + w + "':" + i + ",'shared':" + i + "}}"))
                                    .status());
                        }
                        return statuses;
                    };
                    results.add(pool.submit(work));
                }
                for (Future<List<Integer>> result : results) {
                    assertThat(result.get()).containsOnly(200);
                }
            } finally {
                pool.shutdown();
            }
            long after = server.api.get("/api/projects").json().at("/data/totalCount").asLong();
            assertThat(after - before).isEqualTo((long) writers * projectsPerWriter);
            JsonNode settings = server.api.get("/api/settings").json().at("/data/settings");
            for (int writer = 0; writer < writers; writer++) {
                assertThat(settings.path("writer." + writer).asInt()).isEqualTo(projectsPerWriter - 1);
            }
        }
    }

    @Test
    void concurrent_creates_and_moves_on_one_board_keep_every_column_gapless_and_lose_nothing() throws Exception {
        int clients = 8;
        int operationsPerClient = 25;
        List<String> columns = List.of("backlog", "queued", "in_progress", "waiting_approval", "verified");
        try (RunningServer server = RunningServer.start(database)) {
            String projectId = server.api.post("/api/projects", json("{'name':'Hot board','path':'/repos/hot-board'}"))
                    .json().at("/data/id").asString();
            List<String> taskIds = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 10; i++) {
                taskIds.add(server.api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'seed " + i + "'}"))
                        .json().at("/data/id").asString());
            }
            java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger(10);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<List<Integer>>> results = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    java.util.Random random = new java.util.Random(client);
                    results.add(pool.submit(() -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < operationsPerClient; i++) {
                            if (random.nextInt(5) == 0) {
                                ApiResponse response = server.api.post("/api/tasks",
                                        json("{'projectId':'" + projectId + "','title':'new " + i + "'}"));
                                statuses.add(response.status() == 201 ? 200 : response.status());
                                taskIds.add(response.json().at("/data/id").asString());
                                created.incrementAndGet();
                            } else {
                                String id = taskIds.get(random.nextInt(taskIds.size()));
                                String position = random.nextBoolean() ? "" : ",'position':" + random.nextInt(8);
                                statuses.add(server.api.patch("/api/tasks/" + id + "/move",
                                        json("{'column':'" + columns.get(random.nextInt(columns.size())) + "'" + position + "}")).status());
                            }
                        }
                        return statuses;
                    }));
                }
                for (Future<List<Integer>> result : results) {
                    assertThat(result.get()).containsOnly(200);
                }
            } finally {
                pool.shutdown();
            }
            JsonNode items = server.api.get("/api/tasks?projectId=" + projectId).json().at("/data/items");
            assertThat(items.size()).isEqualTo(created.get());
            java.util.Map<String, List<Integer>> positions = new java.util.HashMap<>();
            items.forEach(task -> positions.computeIfAbsent(task.path("column").asString(), key -> new ArrayList<>())
                    .add(task.path("position").asInt()));
            positions.forEach((column, inColumn) -> assertThat(inColumn).as(column)
                    .isEqualTo(java.util.stream.IntStream.range(0, inColumn.size()).boxed().toList()));
        }
    }
}
