package dev.agentpane.bootstrap;

import dev.agentpane.bootstrap.cli.DbCommand;
import dev.agentpane.persistence.postgres.PostgresUrl;
import java.io.PrintStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code java -jar agentpane.jar}: serves the API until SIGTERM or SIGINT; {@code … db <command>}: the database tools. */
public final class AgentPaneMain {
    static final int EXIT_FAILED_TO_START = 1;
    static final int EXIT_BAD_CONFIGURATION = 2;
    private static final String USAGE = """
            Usage: java -jar agentpane.jar
              Serves the AgentPane API. Configuration comes from the environment:
              HOST, PORT, DB_MODE (sqlite|postgres), DB_PATH, DATABASE_URL, DB_POOL_SIZE, CORS_ORIGIN,
              MAX_BODY_BYTES, AUTH_TOKEN, AUTH_MODE (token|none), LOG_LEVEL. See README.md.
            Usage: java -jar agentpane.jar db <migrate|status|copy|import-agentpane|backup> [--help]
              The database tools (java -jar agentpane.jar db --help).""";

    static {
        // Libraries that log through java.util.logging (Liquibase) reach the same log as everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private AgentPaneMain() {
    }

    public static void main(String[] args) throws Exception {
        int status = args.length > 0 && args[0].equals("db")
                ? DbCommand.run(System.getenv(), java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err)
                : serve(System.getenv(), args, System.err);
        if (status != 0) {
            flushLog();
            System.exit(status);
        }
    }

    /** Starts the server and blocks until it stops; returns the exit status when it could not start. */
    static int serve(Map<String, String> env, String[] args, PrintStream err) throws InterruptedException {
        if (args.length > 0) {
            boolean help = args[0].equals("--help") || args[0].equals("-h");
            (help ? System.out : err).println(USAGE);
            return help ? 0 : EXIT_BAD_CONFIGURATION;
        }
        EnvironmentConfig config;
        try {
            config = EnvironmentConfig.from(env);
        } catch (ConfigurationException e) {
            err.println("agentpane: " + e.getMessage());
            return EXIT_BAD_CONFIGURATION;
        }
        AgentPaneApplication application;
        try {
            application = AgentPaneApplication.start(config);
        } catch (Exception e) {
            err.println("agentpane: cannot start on " + config.databaseDescription() + ": " + PostgresUrl.mask(rootMessage(e)));
            LoggerFactory.getLogger(AgentPaneMain.class).debug("Start-up failure", e);
            return EXIT_FAILED_TO_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application), "agentpane-shutdown"));
        application.awaitStop();
        return 0;
    }

    private static void stop(AgentPaneApplication application) {
        Logger log = LoggerFactory.getLogger(AgentPaneMain.class);
        log.info("Stopping: finishing requests in flight");
        try {
            application.close();
            log.info("Stopped");
        } catch (Exception e) {
            log.warn("Stopped with an error: {}", e.toString());
        }
        flushLog();
    }

    /** The log is written by a background thread (ServerLogConfigurator): let it write what is queued before the JVM ends. */
    private static void flushLog() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.stop();
        }
    }

    /** The innermost cause's message, first line only: what a person can act on. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
