package dev.agentpane.bootstrap;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.web.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The database tools of the packaged jar: the README's move of a team from SQLite to PostgreSQL, as users type it. */
class DbCommandJarIT {

    @Test
    void a_team_moves_from_sqlite_to_postgresql_with_the_jar() throws Exception {
        Path sqlite = Files.createTempDirectory("agentpane-move").resolve("data/agentpane.db");
        String projectId;
        String taskId;
        try (JarProcess server = new JarProcess(Map.of("PORT", "0", "DB_PATH", sqlite.toString()))) {
            ApiClient api = new ApiClient(server.port());
            projectId = api.post("/api/projects", json("{'name':'Moving','path':'/repos/moving'}")).json().at("/data/id").asString();
            taskId = api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'Survive the move'}")).json().at("/data/id").asString();
            assertThat(server.terminate()).isEqualTo(143);
        }
        try (TestDatabase postgres = TestDatabase.postgres()) {
            String url = postgres.environment().get("DATABASE_URL");
            List<String> output;
            try (JarProcess copy = new JarProcess(Map.of(), "db", "copy", "--from", sqlite.toString(), "--to", url)) {
                output = copy.allOutput();
                assertThat(copy.process.exitValue()).as(String.join("\n", output)).isZero();
            }
            assertThat(output).anyMatch(line -> line.startsWith("agentpane db copy: tasks: 1 rows in "))
                    .anyMatch(line -> line.startsWith("agentpane db copy: verified projects: 1 rows, checksum "))
                    .anyMatch(line -> line.startsWith("copied ") && line.endsWith("every table verified"));

            Map<String, String> env = new HashMap<>(postgres.environment());
            env.put("PORT", "0");
            try (JarProcess server = new JarProcess(env)) {
                ApiClient api = new ApiClient(server.port());
                assertThat(api.get("/api/projects/" + projectId).json().at("/data/name").asString()).isEqualTo("Moving");
                assertThat(api.get("/api/tasks/" + taskId).json().at("/data/title").asString()).isEqualTo("Survive the move");
                assertThat(server.terminate()).isEqualTo(143);
            }
        }
    }

    @Test
    void a_wrong_option_ends_the_tool_with_one_line_and_exit_2_without_the_password() throws Exception {
        try (JarProcess copy = new JarProcess(Map.of(), "db", "copy", "--from", "data/agentpane.db", "--to", "mysql://root:topsecret@db/agentpane")) {
            assertThat(copy.allOutput()).singleElement().asString()
                    .startsWith("agentpane db copy: --to must be a SQLite file or a PostgreSQL URL").doesNotContain("topsecret");
            assertThat(copy.process.exitValue()).isEqualTo(2);
        }
    }
}
