package dev.agentpane.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.climonitor.CliMonitorService;
import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.fake.MutableClock;
import dev.agentpane.application.port.in.climonitor.ExpireCliMonitorUseCase;
import dev.agentpane.application.port.in.climonitor.PurgeInactiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonCommand;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schedule runs the CLI monitor's jobs; what they decide follows the services' clock, which the test moves. */
class CliMonitorSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-05-06T07:08:09.010Z");
    private static final Duration OFTEN = Duration.ofMillis(10);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final InMemoryStores stores = new InMemoryStores();
    private final MutableClock clock = new MutableClock(T0);
    private final CliMonitorService service = new CliMonitorService(stores.port(CliSessionRepository.class),
            stores.port(SettingsRepository.class), stores.port(TransactionRunner.class), stores.port(CliMonitorEventBus.class), clock,
            Duration.ofSeconds(15));
    private CliMonitorScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        service.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, WAIT).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void the_daemon_check_deregisters_a_daemon_once_the_clock_passes_its_timeout() throws InterruptedException {
        service.register(new RegisterCliDaemonCommand("d1", 1, "1", "/w", List.of(), null));
        AtomicInteger checks = new AtomicInteger();
        ExpireCliMonitorUseCase countedCheck = () -> {
            service.expire();
            checks.incrementAndGet();
        };
        scheduler = CliMonitorScheduler.start(countedCheck, service, OFTEN, Duration.ofHours(1));
        clock.advance(Duration.ofSeconds(45));
        int before = checks.get();
        await("two checks after 45 s of silence", () -> checks.get() >= before + 2);
        assertThat(service.status().connected()).isTrue();

        clock.advance(Duration.ofMillis(1));

        await("the daemon deregistered", () -> !service.status().connected());
    }

    @Test
    void the_retention_job_runs_at_start_and_again_at_its_interval() throws InterruptedException {
        CliSessionRepository sessions = stores.port(CliSessionRepository.class);
        sessions.upsert(stored("old", T0.minus(Duration.ofDays(8))));
        sessions.upsert(stored("young", T0.minus(Duration.ofDays(6))));
        scheduler = CliMonitorScheduler.start(service, service, Duration.ofHours(1), OFTEN);
        await("the first run", () -> sessions.findBySessionId("old").isEmpty());
        assertThat(sessions.findBySessionId("young")).isPresent();

        clock.advance(Duration.ofDays(2));

        await("a later run", () -> sessions.findBySessionId("young").isEmpty());
    }

    @Test
    void a_failing_run_keeps_the_schedule_going_and_closing_stops_it() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        ExpireCliMonitorUseCase failingFirst = () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails");
            }
        };
        PurgeInactiveCliSessionsUseCase nothing = () -> 0;
        scheduler = CliMonitorScheduler.start(failingFirst, nothing, OFTEN, Duration.ofHours(1));

        await("a run after the failing one", () -> runs.get() >= 2);
        scheduler.close();

        assertThat(scheduler.isStopped()).isTrue();
    }

    private static CliSession stored(String sessionId, Instant lastActivity) {
        return CliSession.create(sessionId, "/f", "/w", "w", "", null, CliSessionStatus.IDLE, 0, 0, null, null, null, null, null, null,
                lastActivity.toEpochMilli(), lastActivity.toEpochMilli(), 0, false, null, T0);
    }
}
