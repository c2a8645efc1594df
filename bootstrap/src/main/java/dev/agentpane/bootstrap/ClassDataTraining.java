package dev.agentpane.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A training run for class-data sharing (AppCDS): {@code bin/agentpane} runs it once per jar under
 * {@code -XX:ArchiveClassesAtExit}, so that later starts map the classes a server loads from an archive instead of
 * reading, verifying and linking them again (JEP 350), which is most of the start-up time.
 *
 * <p>It starts the server on a throwaway SQLite database, sends it the requests of a short session at the board, stops
 * it, and loads the PostgreSQL-only classes too (without a server: loading is enough to archive them).
 */
public final class ClassDataTraining {
    private static final String[] POSTGRES_PACKAGES = {"org/postgresql/", "dev/agentpane/persistence/postgres/"};

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("agentpane-cds-");
        try {
            EnvironmentConfig config = EnvironmentConfig.from(Map.of("DB_MODE", "sqlite", "DB_PATH",
                    directory.resolve("training.db").toString(), "PORT", "0", "LOG_LEVEL", "WARN"));
            try (AgentPaneApplication application = AgentPaneApplication.start(config)) {
                exercise("http://127.0.0.1:" + application.port());
            }
            loadPostgresClasses();
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void exercise(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String project = id(send(http, "POST", base + "/api/projects", "{\"name\":\"Training\",\"path\":\"/training\"}"));
        String task = id(send(http, "POST", base + "/api/tasks", "{\"projectId\":\"" + project + "\",\"title\":\"Train\",\"labels\":[\"a\"]}"));
        for (int round = 0; round < 3; round++) {
            send(http, "GET", base + "/api/tasks?projectId=" + project, null);
            send(http, "PATCH", base + "/api/tasks/" + task + "/move", "{\"column\":\"in_progress\",\"position\":0}");
            send(http, "PUT", base + "/api/tasks/" + task, "{\"title\":\"Trained\"}");
            send(http, "GET", base + "/api/projects/summaries", null);
            send(http, "GET", base + "/api/projects/" + project, null);
            send(http, "PUT", base + "/api/settings", "{\"settings\":{\"training\":true}}");
            send(http, "GET", base + "/api/settings", null);
            send(http, "GET", base + "/api/health", null);
            send(http, "POST", base + "/api/tasks", "{\"bad json");
        }
        String session = id(send(http, "POST", base + "/api/sessions", "{\"projectId\":\"" + project + "\",\"title\":\"Training\"}"));
        send(http, "POST", base + "/api/sessions/" + session + "/events", "{\"type\":\"chunk\",\"data\":{\"text\":\"hi\"}}");
        send(http, "GET", base + "/api/sessions/" + session + "/events", null);
        send(http, "POST", base + "/api/agents", "{\"projectId\":\"" + project + "\",\"name\":\"Agent\",\"type\":\"task\"}");
        send(http, "GET", base + "/api/agents?projectId=" + project, null);
        send(http, "DELETE", base + "/api/tasks/" + task, null);
        send(http, "GET", base + "/api/no-such-route", null);
    }

    private static String send(HttpClient http, String method, String uri, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String id(String response) {
        int start = response.indexOf("\"id\":\"") + 6;
        return response.substring(start, response.indexOf('"', start));
    }

    private static void loadPostgresClasses() throws IOException {
        Path jar = Path.of(URI.create(ClassDataTraining.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        if (!Files.isRegularFile(jar)) {
            return; // run from classes, not the jar: nothing to archive
        }
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.contains("-") && Stream.of(POSTGRES_PACKAGES).anyMatch(name::startsWith)) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError optional) {
                        // classes for optional integrations (OSGi, JNDI, …) of the driver: not needed, not archived
                    }
                }
            }
        }
    }
}
