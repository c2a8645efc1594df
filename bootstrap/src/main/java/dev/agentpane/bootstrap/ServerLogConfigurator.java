package dev.agentpane.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The server's log, set up in code: reading a {@code logback.xml} costs about 0.2 s of every start (an XML parser and
 * logback's configuration model, all cold). {@code LOG_LEVEL} (default INFO) sets our own loggers and the access log
 * ({@code agentpane.access}); libraries speak at WARN.
 *
 * <p>Request threads hand lines to one writer thread instead of writing to stdout themselves. Nothing is dropped: a full
 * queue makes the logging thread wait. An operator's own file ({@code -Dlogback.configurationFile}) and a test
 * classpath's {@code logback-test.xml} take precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ServerLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX, UTC} %-5level %logger{36} - %msg%n";
    private static final int QUEUE_SIZE = 8192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ServerLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, System.getenv("LOG_LEVEL"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** @param logLevel the level of our own loggers; INFO when null or not a level */
    void configure(LoggerContext context, String logLevel) {
        // Levels set here reach java.util.logging too (Liquibase logs there), so that disabled levels cost nothing.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        julLevels.start();
        context.addListener(julLevels);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(QUEUE_SIZE);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(false);
        async.addAppender(console);
        async.start();

        Level ours = Level.toLevel(logLevel, Level.INFO);
        context.getLogger("dev.agentpane").setLevel(ours);
        context.getLogger("agentpane.access").setLevel(ours);
        // Unknown routes are answered with a 404 envelope; they are not worth a warning each.
        context.getLogger("org.springframework.web.servlet.PageNotFound").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(async);
    }
}
