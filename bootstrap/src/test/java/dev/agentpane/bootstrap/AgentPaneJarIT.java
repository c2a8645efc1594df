package dev.agentpane.bootstrap;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.web.testing.ApiClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as users start it: {@code java -jar bootstrap/target/agentpane.jar}. */
class AgentPaneJarIT {
    private static final Path JAR = Path.of(System.getProperty("agentpane.jar", "target/agentpane.jar"));
    private static final Pattern SERVING = Pattern.compile("AgentPane serves http://[^:]+:(\\d+) ");

    /** A server process; its output is read line by line so that the test waits for what it prints, never for a time. */
    private static final class JarProcess implements AutoCloseable {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> seen = new ArrayList<>();
        final Thread reader;

        JarProcess(Map<String, String> env) throws IOException {
            assertThat(JAR).exists();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toAbsolutePath().toString()).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.equals("DATABASE_URL")
                    || name.startsWith("AUTH_") || name.equals("HOST") || name.equals("PORT"));
            builder.environment().putAll(env);
            process = builder.start();
            reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for a line matching {@code pattern} and returns its match. */
        Matcher await(Pattern pattern) throws InterruptedException {
            while (true) {
                String line = lines.poll(90, TimeUnit.SECONDS);
                assertThat(line).as("output so far: %s", seen).isNotNull();
                seen.add(line);
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
        }

        int port() throws InterruptedException {
            return Integer.parseInt(await(SERVING).group(1));
        }

        /** Everything the process printed, once it has ended. */
        List<String> allOutput() throws InterruptedException {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            List<String> output = new ArrayList<>(seen);
            lines.drainTo(output);
            return output;
        }

        /**
         * SIGTERM, then the exit status once the shutdown hooks ran. Through the process handle: {@link Process#destroy()}
         * would also close the pipe of the output we still read.
         */
        int terminate() throws InterruptedException {
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

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
            assertThat(jar.allOutput()).anyMatch(line -> line.endsWith("Stopping: finishing requests in flight"))
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
