package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.in.climonitor.ExpireCliMonitorUseCase;
import dev.agentpane.application.port.in.climonitor.PurgeInactiveCliSessionsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI monitor's periodic jobs, on one thread of their own (reference §4.14): the daemon check every
 * {@link #DAEMON_CHECK_INTERVAL}, the retention job at start-up and then every {@link #RETENTION_INTERVAL}. What the
 * jobs decide depends on the services' clock only, so tests move that clock instead of waiting. A failing run is
 * logged and the schedule goes on. Closed with the application context.
 */
public final class CliMonitorScheduler implements AutoCloseable {
    public static final Duration DAEMON_CHECK_INTERVAL = Duration.ofSeconds(15);
    public static final Duration RETENTION_INTERVAL = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(CliMonitorScheduler.class);
    private final ScheduledExecutorService executor;

    private CliMonitorScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static CliMonitorScheduler start(ExpireCliMonitorUseCase daemonCheck, PurgeInactiveCliSessionsUseCase retention,
            Duration daemonCheckInterval, Duration retentionInterval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cli-monitor-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(guarded("daemon check", daemonCheck::expire), daemonCheckInterval.toMillis(),
                daemonCheckInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(guarded("retention job", retention::purgeInactive), 0, retentionInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new CliMonitorScheduler(executor);
    }

    /** A job whose failure is logged instead of cancelling its schedule. */
    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("The CLI monitor's {} failed; it runs again at its next time", name, e);
            }
        };
    }

    public boolean isStopped() {
        return executor.isTerminated();
    }

    /** Stops the jobs, interrupting a run in progress, and waits for the thread to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The CLI monitor's jobs did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
