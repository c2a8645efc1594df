package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

/** The jar's own output is checked in {@code AgentPaneJarIT}: tests here see a test classpath's logback-test.xml. */
class ServerLogConfiguratorTest {

    private static LoggerContext configured(String logLevel) {
        LoggerContext context = new LoggerContext();
        ServerLogConfigurator configurator = new ServerLogConfigurator();
        configurator.setContext(context);
        configurator.configure(context, logLevel);
        return context;
    }

    @Test
    void our_loggers_follow_log_level_and_libraries_speak_at_warn() {
        LoggerContext context = configured("DEBUG");
        assertThat(context.getLogger("dev.agentpane.web").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("agentpane.access").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.springframework.web.servlet.PageNotFound").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(configured(null).getLogger("dev.agentpane").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(configured("loud").getLogger("dev.agentpane").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void lines_go_through_one_writer_thread_that_drops_nothing_to_stdout_in_the_documented_pattern() {
        Logger root = configured("INFO").getLogger(Logger.ROOT_LOGGER_NAME);
        AsyncAppender async = (AsyncAppender) root.getAppender("ASYNC");
        assertThat(async.isStarted()).isTrue();
        assertThat(async.getDiscardingThreshold()).isZero();
        assertThat(async.isNeverBlock()).isFalse();
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) async.getAppender("STDOUT");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(ServerLogConfigurator.PATTERN);
    }
}
