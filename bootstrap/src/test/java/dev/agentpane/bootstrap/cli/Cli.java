package dev.agentpane.bootstrap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code db …} run in-process through its entry point, as {@code java -jar agentpane.jar db …} runs it. */
record Cli(int status, List<String> out, List<String> err) {

    static Cli run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DbCommand.run(env, args, outStream, errStream);
        }
        return new Cli(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    static Cli run(String... args) {
        return run(Map.of(), args);
    }

    String allOutput() {
        return String.join("\n", out) + "\n" + String.join("\n", err);
    }
}
