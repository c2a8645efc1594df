package dev.agentpane.bootstrap;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.web.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as users start it: {@code java -jar bootstrap/target/agentpane.jar}. */
class AgentPaneJarIT {

    @Test
    void the_jar_serves_on_sqlite_stops_gracefully_and_finds_its_data_again() throws Exception {
        Path dataDirectory = Files.createTempDirectory("agentpane-jar");
        Map<String, String> env = Map.of("PORT", "0", "DB_PATH", dataDirectory.resolve("data/agentpane.db").toString());
        String projectId;
        try (JarProcess jar = new JarProcess(env)) {
            ApiClient api = new ApiClient(jar.port());
            assertThat(api.get("/api/healthz").status()).isEqualTo(200);
            projectId = api.post("/api/projects", json("{'name':'From the jar','path':'/repos/jar'}")).json().at("/data/id").asString();

            assertThat(jar.terminate()).isEqualTo(143);
            assertThat(jar.allOutput()).as("the log's pattern: UTC time to the millisecond, level, short logger name")
                    .anyMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  d\\.a\\.bootstrap\\.AgentPaneApplication - AgentPane serves .*"))
                    .anyMatch(line -> line.contains(" INFO  agentpane.access - GET /api/healthz 200 "))
                    .anyMatch(line -> line.endsWith("Stopping: finishing requests in flight"))
                    .anyMatch(line -> line.endsWith("Stopped"))
                    .noneMatch(line -> line.contains("UPDATE SUMMARY"));
        }
        try (JarProcess again = new JarProcess(env)) {
            ApiClient api = new ApiClient(again.port());
            assertThat(api.get("/api/projects/" + projectId).json().at("/data/name").asString()).isEqualTo("From the jar");
            again.terminate();
        }
    }

    @Test
    void the_jar_serves_on_postgresql_18() throws Exception {
        try (TestDatabase database = TestDatabase.postgres();
                JarProcess jar = new JarProcess(withPort(database.environment()))) {
            ApiClient api = new ApiClient(jar.port());
            assertThat(api.get("/api/health").json().at("/data/checks/database/version").asString()).startsWith("PostgreSQL 18.");
            assertThat(api.post("/api/projects", json("{'name':'PG','path':'/repos/pg'}")).status()).isEqualTo(200);
            assertThat(jar.terminate()).isEqualTo(143);
        }
    }

    @Test
    void a_wrong_configuration_ends_the_jar_with_one_clear_line() throws Exception {
        try (JarProcess jar = new JarProcess(Map.of("DB_MODE", "oracle"))) {
            assertThat(jar.allOutput()).containsExactly("agentpane: DB_MODE must be sqlite or postgres, got 'oracle'");
            assertThat(jar.process.exitValue()).isEqualTo(2);
        }
    }

    private static Map<String, String> withPort(Map<String, String> env) {
        Map<String, String> result = new java.util.HashMap<>(env);
        result.put("PORT", "0");
        return result;
    }
}
