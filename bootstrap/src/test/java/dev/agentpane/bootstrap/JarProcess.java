package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server process; its output is read line by line so that the test waits for what it prints, never for a time. */
public final class JarProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("agentpane.jar", "target/agentpane.jar"));
    private static final Pattern SERVING = Pattern.compile("AgentPane serves http://[^:]+:(\\d+) ");

    final Process process;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();
    final Thread reader;

    JarProcess(Map<String, String> env, String... args) throws IOException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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
