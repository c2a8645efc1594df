package dev.agentpane.application.climonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.agentpane.application.fake.InMemoryCliMonitorEventBus;
import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.fake.MutableClock;
import dev.agentpane.application.port.in.climonitor.CliSessionHistoryPage;
import dev.agentpane.application.port.in.climonitor.CliSessionHistoryQuery;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.GetCliMonitorStatusUseCase.Status;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsCommand;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsCommand.Report;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsQuery;
import dev.agentpane.application.port.in.climonitor.LiveCliSessionPage;
import dev.agentpane.application.port.in.climonitor.PurgeInactiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase.CliMonitorStream;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.clisession.CliDaemon;
import dev.agentpane.domain.clisession.CliMonitor;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonConnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonDisconnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionRemoved;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionUpdated;
import dev.agentpane.domain.clisession.CliMonitorEvent.StatusChanged;
import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionId;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.clisession.UnknownCliDaemonException;
import dev.agentpane.domain.shared.JsonText;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CliMonitorServiceTest {
    private static final Instant T0 = Instant.parse("2026-05-06T07:08:09.010Z");
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final InMemoryStores stores = new InMemoryStores();
    private final MutableClock clock = new MutableClock(T0);
    private final CliSessionRepository repository = stores.port(CliSessionRepository.class);
    private final InMemoryCliMonitorEventBus bus = (InMemoryCliMonitorEventBus) stores.port(CliMonitorEventBus.class);
    private final List<CliMonitorService> services = new ArrayList<>();
    private final CliMonitorService service = service(repository, new CliMonitor(), Duration.ofSeconds(15));

    private CliMonitorService service(CliSessionRepository sessions, CliMonitor monitor, Duration keepAlive) {
        CliMonitorService created = new CliMonitorService(sessions, stores.port(SettingsRepository.class),
                stores.port(TransactionRunner.class), bus, clock, keepAlive, monitor);
        services.add(created);
        return created;
    }

    @AfterEach
    void closeServices() {
        services.forEach(CliMonitorService::close);
    }

    private long now() {
        return clock.millis();
    }

    private static RegisterCliDaemonCommand daemon(String id) {
        return new RegisterCliDaemonCommand(id, 4242, "0.3.1", "/home/me/.claude/projects", List.of("tail"), null);
    }

    private static Report report(String sessionId, CliSessionStatus status, long lastActivityAt) {
        return new Report(sessionId, "/p/" + sessionId + ".jsonl", "/work", "work", "hash-" + sessionId.charAt(0), null, status,
                3, 1, "Fix it", null, null, new TokenUsage(10, 20, 0, 5, null, null), null, "claude-opus-4-5",
                lastActivityAt - 1_000, lastActivityAt, 2_048, false, null);
    }

    private static IngestCliSessionsCommand ingest(String daemonId, List<Report> sessions, List<String> removed) {
        return new IngestCliSessionsCommand(daemonId, sessions, removed);
    }

    private List<String> liveIds() {
        return service.list(ListLiveCliSessionsQuery.all()).sessions().stream().map(CliSession::sessionId).toList();
    }

    private void setSetting(String json) {
        stores.port(SettingsRepository.class).upsertAll(Map.of(PurgeInactiveCliSessionsUseCase.RETENTION_DAYS_KEY, new JsonText(json)), T0);
    }

    @Test
    void ingest_from_a_daemon_that_is_not_registered_stores_nothing() {
        assertThatThrownBy(() -> service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of())))
                .isInstanceOf(UnknownCliDaemonException.class);
        service.register(daemon("d1"));
        assertThatThrownBy(() -> service.ingest(ingest("d2", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of())))
                .isInstanceOf(UnknownCliDaemonException.class);

        assertThat(repository.countRecentlyActive(null, null)).isZero();
        assertThat(liveIds()).isEmpty();
    }

    @Test
    void every_current_report_is_stored_before_ingest_returns_and_the_live_view_shows_the_stored_sessions() {
        service.register(daemon("d1"));
        bus.forgetPublished();

        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now()),
                report("s2", CliSessionStatus.IDLE, now() - 7 * DAY - 1), report("s3", CliSessionStatus.IDLE, now() - 5)), List.of()));

        List<CliSession> stored = repository.findRecentlyActive(null, null, 10);
        assertThat(stored).extracting(CliSession::sessionId).containsExactly("s1", "s3");
        assertThat(stored.get(0).lastReadOffset()).isEqualTo(2_048);
        assertThat(stored.get(0).createdAt()).isEqualTo(T0);
        assertThat(service.list(ListLiveCliSessionsQuery.all()).sessions()).containsExactlyElementsOf(stored);
        assertThat(bus.published()).containsExactly(new SessionUpdated(stored.get(0), null), new SessionUpdated(stored.get(1), null));
    }

    @Test
    void a_session_reported_again_keeps_its_stored_identity_and_a_new_status_is_announced_as_a_change() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now())), List.of()));
        CliSession first = repository.findBySessionId("s1").orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        bus.forgetPublished();

        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WAITING_FOR_INPUT, now())), List.of()));

        CliSession second = repository.findBySessionId("s1").orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.createdAt()).isEqualTo(T0);
        assertThat(second.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(bus.published()).containsExactly(new SessionUpdated(second, CliSessionStatus.WORKING),
                new StatusChanged("s1", CliSessionStatus.WORKING, CliSessionStatus.WAITING_FOR_INPUT, now()));
    }

    @Test
    void a_session_already_stored_before_the_daemon_reports_it_keeps_its_stored_id() {
        CliSession old = report("s1", CliSessionStatus.IDLE, now() - DAY).toSession(
                CliSessionId.of("stored-id"), T0.minusSeconds(3600), T0.minusSeconds(3600));
        repository.upsert(old);
        service.register(daemon("d1"));

        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now())), List.of()));

        assertThat(service.list(ListLiveCliSessionsQuery.all()).sessions().get(0).id().value()).isEqualTo("stored-id");
        assertThat(repository.findBySessionId("s1").orElseThrow().createdAt()).isEqualTo(T0.minusSeconds(3600));
    }

    @Test
    void a_session_reported_twice_in_one_ingest_is_stored_once_with_the_last_report() {
        service.register(daemon("d1"));

        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now() - 10),
                report("s1", CliSessionStatus.IDLE, now())), List.of()));

        assertThat(repository.findRecentlyActive(null, null, 10)).singleElement()
                .satisfies(session -> assertThat(session.status()).isEqualTo(CliSessionStatus.IDLE));
        assertThat(liveIds()).containsExactly("s1");
    }

    @Test
    void removed_sessions_are_deleted_from_the_store_and_leave_the_live_view() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now()), report("s2", CliSessionStatus.IDLE, now())),
                List.of()));
        bus.forgetPublished();

        service.ingest(ingest("d1", List.of(), List.of("s1", "unknown")));

        assertThat(repository.findBySessionId("s1")).isEmpty();
        assertThat(repository.findBySessionId("s2")).isPresent();
        assertThat(liveIds()).containsExactly("s2");
        assertThat(bus.published()).containsExactly(new SessionRemoved("s1"));
    }

    @Test
    void a_failed_write_stores_nothing_changes_nothing_live_and_announces_nothing() {
        CliSessionRepository failingDeletes = new FailingDeletes(repository);
        CliMonitorService failing = service(failingDeletes, new CliMonitor(), Duration.ofSeconds(15));
        failing.register(daemon("d1"));
        failing.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of()));
        bus.forgetPublished();

        assertThatThrownBy(() -> failing.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now()),
                report("s2", CliSessionStatus.WORKING, now())), List.of("s1")))).isInstanceOf(IllegalStateException.class);

        assertThat(repository.findRecentlyActive(null, null, 10)).extracting(CliSession::sessionId, CliSession::status)
                .containsExactly(tuple("s1", CliSessionStatus.IDLE));
        assertThat(failing.list(ListLiveCliSessionsQuery.all()).sessions()).extracting(CliSession::status)
                .containsExactly(CliSessionStatus.IDLE);
        assertThat(bus.published()).isEmpty();
    }

    @Test
    void beyond_the_cap_the_least_recently_active_sessions_leave_the_live_view_but_stay_in_the_history() {
        CliMonitorService small = service(repository, new CliMonitor(2), Duration.ofSeconds(15));
        small.register(daemon("d1"));
        small.ingest(ingest("d1", List.of(report("a", CliSessionStatus.IDLE, now() - 30), report("b", CliSessionStatus.IDLE, now() - 20),
                report("c", CliSessionStatus.IDLE, now() - 10)), List.of()));

        assertThat(small.list(ListLiveCliSessionsQuery.all()).sessions()).extracting(CliSession::sessionId).containsExactly("c", "b");
        assertThat(bus.published()).contains(new SessionRemoved("a"));
        assertThat(small.history(new CliSessionHistoryQuery(null, null, null)).total()).isEqualTo(3);
    }

    @Test
    void another_daemon_registering_empties_the_live_view_but_not_the_history() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of()));
        bus.forgetPublished();

        service.register(daemon("d2"));

        assertThat(liveIds()).isEmpty();
        assertThat(bus.published()).hasSize(2).first().isEqualTo(new DaemonDisconnected());
        assertThat(bus.published().get(1)).isInstanceOf(DaemonConnected.class);
        assertThat(service.status().daemon().daemonId()).isEqualTo("d2");
        assertThat(service.history(new CliSessionHistoryQuery(null, null, null)).sessions()).hasSize(1);
    }

    @Test
    void a_daemon_with_no_heartbeat_for_more_than_45_seconds_is_deregistered_by_the_periodic_check() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of()));
        clock.advance(Duration.ofSeconds(30));
        service.heartbeat(new HeartbeatCliDaemonCommand("d1", 1));
        clock.advance(Duration.ofSeconds(45));
        service.expire();
        assertThat(service.status().connected()).isTrue();
        assertThat(service.status().daemon().lastHeartbeatAt()).isEqualTo(T0.plusSeconds(30).toEpochMilli());
        bus.forgetPublished();

        clock.advance(Duration.ofMillis(1));
        service.expire();

        Status status = service.status();
        assertThat(status.connected()).isFalse();
        assertThat(status.daemon()).isNull();
        assertThat(status.sessionCount()).isZero();
        assertThat(bus.published()).containsExactly(new DaemonDisconnected());
        assertThatThrownBy(() -> service.heartbeat(new HeartbeatCliDaemonCommand("d1", 0))).isInstanceOf(UnknownCliDaemonException.class);
    }

    @Test
    void a_heartbeat_from_an_unknown_or_replaced_daemon_asks_it_to_register_again() {
        assertThatThrownBy(() -> service.heartbeat(new HeartbeatCliDaemonCommand("d1", 0))).isInstanceOf(UnknownCliDaemonException.class);
        service.register(daemon("d1"));
        service.register(daemon("d2"));

        assertThatThrownBy(() -> service.heartbeat(new HeartbeatCliDaemonCommand("d1", 0))).isInstanceOf(UnknownCliDaemonException.class);
    }

    @Test
    void deregistering_the_daemon_empties_the_live_view_and_another_daemon_s_deregistration_changes_nothing() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of()));

        service.deregister(new DeregisterCliDaemonCommand("other"));
        assertThat(service.status().connected()).isTrue();
        service.deregister(new DeregisterCliDaemonCommand("d1"));

        assertThat(service.status()).isEqualTo(new Status(false, null, 0));
        assertThat(repository.findBySessionId("s1")).isPresent();
    }

    @Test
    void the_status_names_the_daemon_with_its_registration_and_heartbeat_times() {
        service.register(daemon("d1"));
        clock.advance(Duration.ofSeconds(7));
        service.heartbeat(new HeartbeatCliDaemonCommand("d1", 0));
        service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of()));

        assertThat(service.status()).isEqualTo(new Status(true, new CliDaemon("d1", 4242, "0.3.1", "/home/me/.claude/projects",
                List.of("tail"), T0.toEpochMilli(), T0.plusSeconds(7).toEpochMilli()), 1));
    }

    @Test
    void the_live_list_is_paged_only_when_asked_and_always_counts_every_session() {
        service.register(daemon("d1"));
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(report("s" + i, CliSessionStatus.IDLE, now() - i));
        }
        service.ingest(ingest("d1", reports, List.of()));

        LiveCliSessionPage all = service.list(ListLiveCliSessionsQuery.all());
        LiveCliSessionPage page = service.list(new ListLiveCliSessionsQuery(2, 1));
        LiveCliSessionPage offsetOnly = service.list(new ListLiveCliSessionsQuery(null, 3));

        assertThat(all.sessions()).extracting(CliSession::sessionId).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(page.sessions()).extracting(CliSession::sessionId).containsExactly("s1", "s2");
        assertThat(offsetOnly.sessions()).extracting(CliSession::sessionId).containsExactly("s3", "s4");
        assertThat(List.of(all.total(), page.total(), offsetOnly.total())).containsOnly(5);
        assertThat(page.connected()).isTrue();
        assertThatThrownBy(() -> new ListLiveCliSessionsQuery(0, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ListLiveCliSessionsQuery(501, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ListLiveCliSessionsQuery(null, -1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void the_history_reads_the_store_by_project_and_strictly_after_a_time_and_counts_beyond_the_limit() {
        service.register(daemon("d1"));
        service.ingest(ingest("d1", List.of(report("a1", CliSessionStatus.IDLE, now() - 30), report("b1", CliSessionStatus.IDLE, now() - 20),
                report("a2", CliSessionStatus.IDLE, now() - 10)), List.of()));
        service.deregister(new DeregisterCliDaemonCommand("d1"));

        CliSessionHistoryPage limited = service.history(new CliSessionHistoryQuery(null, null, 2));
        CliSessionHistoryPage project = service.history(new CliSessionHistoryQuery("hash-a", null, null));
        CliSessionHistoryPage since = service.history(new CliSessionHistoryQuery(null, now() - 20, null));

        assertThat(limited.sessions()).extracting(CliSession::sessionId).containsExactly("a2", "b1");
        assertThat(limited.total()).isEqualTo(3);
        assertThat(project.sessions()).extracting(CliSession::sessionId).containsExactly("a2", "a1");
        assertThat(since.sessions()).extracting(CliSession::sessionId).containsExactly("a2");
        assertThat(service.history(new CliSessionHistoryQuery("", null, null)).total()).isEqualTo(3);
        assertThatThrownBy(() -> new CliSessionHistoryQuery(null, null, 501)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CliSessionHistoryQuery(null, null, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CliSessionHistoryQuery(null, -1L, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void an_ingest_of_more_than_500_sessions_or_removals_is_refused() {
        List<Report> many = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(report("s" + i, CliSessionStatus.IDLE, now()));
            ids.add("s" + i);
        }

        assertThatThrownBy(() -> ingest("d1", many, List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ingest("d1", List.of(), ids)).isInstanceOf(ValidationException.class);
        assertThat(ingest("d1", many.subList(0, 500), ids.subList(0, 500)).sessions()).hasSize(500);
    }

    @Nested
    class Retention {
        private void storeSessionsInactiveFor(int... days) {
            for (int day : days) {
                repository.upsert(report("s" + day, CliSessionStatus.IDLE, now() - day * DAY - 1).toSession(
                        CliSessionId.generate(day), T0, T0));
            }
        }

        private List<String> stored() {
            return repository.findRecentlyActive(null, null, 100).stream().map(CliSession::sessionId).toList();
        }

        @Test
        void without_the_setting_sessions_inactive_for_more_than_7_days_are_deleted() {
            storeSessionsInactiveFor(1, 6, 7, 8, 40);

            assertThat(service.purgeInactive()).isEqualTo(3);
            assertThat(stored()).containsExactly("s1", "s6");
        }

        @Test
        void the_setting_as_a_number_or_a_numeric_string_sets_the_period_and_is_read_at_every_run() {
            storeSessionsInactiveFor(0, 8, 31, 40);
            setSetting("\"30\"");
            assertThat(service.purgeInactive()).isEqualTo(2);
            assertThat(stored()).containsExactly("s0", "s8");

            setSetting("1");
            assertThat(service.purgeInactive()).isEqualTo(1);
            assertThat(stored()).containsExactly("s0");
        }

        @Test
        void an_invalid_setting_means_7_days() {
            for (String invalid : List.of("\"abc\"", "0", "-3", "2.5", "\"\"", "true", "null", "[30]", "{\"days\":30}", "1e400")) {
                stores.reset();
                storeSessionsInactiveFor(6, 8);
                setSetting(invalid);

                assertThat(service.purgeInactive()).as(invalid).isEqualTo(1);
                assertThat(stored()).as(invalid).containsExactly("s6");
            }
        }

        @Test
        void the_period_is_read_from_every_spelling_a_client_writes() {
            assertThat(CliMonitorService.retentionDays(null)).isEqualTo(7);
            assertThat(CliMonitorService.retentionDays(new JsonText("30"))).isEqualTo(30);
            assertThat(CliMonitorService.retentionDays(new JsonText("\"30\""))).isEqualTo(30);
            assertThat(CliMonitorService.retentionDays(new JsonText(" \" 14 \" "))).isEqualTo(14);
            assertThat(CliMonitorService.retentionDays(new JsonText("30.0"))).isEqualTo(30);
            assertThat(CliMonitorService.retentionDays(new JsonText("36500"))).isEqualTo(36_500);
            assertThat(CliMonitorService.retentionDays(new JsonText("36501"))).isEqualTo(7);
        }
    }

    @Nested
    class Streams {
        /** Records what a stream delivers; its calls come from the service's delivery threads. */
        private class Recorder implements StreamCliMonitorUseCase.Listener {
            final List<CliMonitorEvent> events = new CopyOnWriteArrayList<>();
            final CountDownLatch closed = new CountDownLatch(1);
            final CountDownLatch keptAlive = new CountDownLatch(1);

            @Override
            public void onEvent(CliMonitorEvent event) {
                events.add(event);
            }

            @Override
            public void onKeepAlive() {
                keptAlive.countDown();
            }

            @Override
            public void onClosed() {
                closed.countDown();
            }
        }

        private void await(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!condition.getAsBoolean()) {
                assertThat(System.nanoTime()).as("condition met within %s", WAIT).isLessThan(deadline);
                Thread.sleep(5);
            }
        }

        @Test
        void a_stream_starts_with_the_live_sessions_then_gets_every_later_event_in_order() throws Exception {
            service.register(daemon("d1"));
            service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.WORKING, now())), List.of()));
            CliMonitorStream stream = service.open();
            service.ingest(ingest("d1", List.of(report("s1", CliSessionStatus.IDLE, now())), List.of("gone")));
            Recorder recorder = new Recorder();

            stream.start(recorder);
            service.deregister(new DeregisterCliDaemonCommand("d1"));

            StreamCliMonitorUseCase.Snapshot snapshot = stream.snapshot();
            assertThat(snapshot.sessions()).extracting(CliSession::sessionId).containsExactly("s1");
            assertThat(snapshot.connected()).isTrue();
            assertThat(snapshot.daemon().daemonId()).isEqualTo("d1");
            await(() -> recorder.events.size() == 3);
            assertThat(recorder.events.get(0)).isInstanceOf(SessionUpdated.class);
            assertThat(recorder.events.get(1)).isInstanceOf(StatusChanged.class);
            assertThat(recorder.events.get(2)).isEqualTo(new DaemonDisconnected());
            stream.close();
            assertThat(recorder.closed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }

        @Test
        void without_live_sessions_the_snapshot_shows_at_most_100_stored_ones_most_recent_first() {
            for (int i = 0; i < 120; i++) {
                repository.upsert(report("s" + i, CliSessionStatus.IDLE, now() - i).toSession(
                        CliSessionId.generate(i), T0, T0));
            }

            try (CliMonitorStream stream = service.open()) {
                assertThat(stream.snapshot().sessions()).hasSize(StreamCliMonitorUseCase.HISTORY_IN_SNAPSHOT);
                assertThat(stream.snapshot().sessions().get(0).sessionId()).isEqualTo("s0");
                assertThat(stream.snapshot().connected()).isFalse();
                assertThat(stream.snapshot().daemon()).isNull();
            }
        }

        @Test
        void at_most_50_streams_are_open_and_a_closed_one_frees_its_place() {
            List<CliMonitorStream> open = new ArrayList<>();
            for (int i = 0; i < StreamCliMonitorUseCase.MAX_STREAMS; i++) {
                open.add(service.open());
            }

            assertThatThrownBy(service::open).isInstanceOf(StreamCliMonitorUseCase.TooManyStreamsException.class);
            open.get(0).close();
            open.get(0).close();
            open.set(0, service.open());
            assertThatThrownBy(service::open).isInstanceOf(StreamCliMonitorUseCase.TooManyStreamsException.class);
            open.forEach(CliMonitorStream::close);
            assertThat(bus.subscriberCount()).isZero();
        }

        @Test
        void an_idle_stream_is_kept_alive_and_closing_the_service_ends_it() throws Exception {
            CliMonitorService quick = service(repository, new CliMonitor(), Duration.ofMillis(20));
            CliMonitorStream stream = quick.open();
            Recorder recorder = new Recorder();
            stream.start(recorder);

            assertThat(recorder.keptAlive.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            quick.close();
            assertThat(recorder.closed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(quick.openStreams()).isZero();
        }

        @Test
        void a_stream_whose_client_falls_too_far_behind_is_ended() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch blocked = new CountDownLatch(1);
            Recorder recorder = new Recorder() {
                @Override
                public void onEvent(CliMonitorEvent event) {
                    blocked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    super.onEvent(event);
                }
            };
            CliMonitorStream stream = service.open();
            stream.start(recorder);
            bus.publish(new SessionRemoved("first"));
            assertThat(blocked.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            for (int i = 0; i <= StreamCliMonitorUseCase.MAX_PENDING_EVENTS; i++) {
                bus.publish(new SessionRemoved("s" + i));
            }
            release.countDown();

            assertThat(recorder.closed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.events.size()).isLessThan(StreamCliMonitorUseCase.MAX_PENDING_EVENTS);
            assertThat(service.openStreams()).isZero();
        }
    }

    /** A store whose deletions fail, to show that an ingest is all or nothing. */
    private static final class FailingDeletes implements CliSessionRepository {
        private final CliSessionRepository delegate;

        FailingDeletes(CliSessionRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public void upsertAll(Collection<CliSession> sessions) {
            delegate.upsertAll(sessions);
        }

        @Override
        public Optional<CliSession> findBySessionId(String sessionId) {
            return delegate.findBySessionId(sessionId);
        }

        @Override
        public List<CliSession> findBySessionIds(Collection<String> sessionIds) {
            return delegate.findBySessionIds(sessionIds);
        }

        @Override
        public List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit) {
            return delegate.findRecentlyActive(projectHash, activeAfterEpochMillis, limit);
        }

        @Override
        public long countRecentlyActive(String projectHash, Long activeAfterEpochMillis) {
            return delegate.countRecentlyActive(projectHash, activeAfterEpochMillis);
        }

        @Override
        public int deleteBySessionIds(Collection<String> sessionIds) {
            throw new IllegalStateException("the database is gone");
        }

        @Override
        public int deleteInactiveBefore(long cutoffEpochMillis) {
            return delegate.deleteInactiveBefore(cutoffEpochMillis);
        }
    }
}
