package dev.agentpane.domain.clisession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonConnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonDisconnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionRemoved;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionUpdated;
import dev.agentpane.domain.clisession.CliMonitorEvent.StatusChanged;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliMonitorTest {
    private static final long T0 = Instant.parse("2026-05-06T07:08:09.010Z").toEpochMilli();
    private static final long SECOND = 1_000;
    private static final long DAY = Duration.ofDays(1).toMillis();
    private final CliMonitor monitor = new CliMonitor();

    private static CliDaemon daemon(String id, long at) {
        return CliDaemon.registering(id, 4242, "1.2.3", "/home/me/.claude/projects", List.of("sessions"), at);
    }

    private static CliSession session(String sessionId, CliSessionStatus status, long lastActivityAt) {
        return CliSession.create(sessionId, "/p/" + sessionId + ".jsonl", "/work", "work", "hash", null, status, 1, 1, null, null,
                null, new TokenUsage(1, 2, 3, 4, null, null), null, null, lastActivityAt - 1, lastActivityAt, 0, false, null,
                Instant.ofEpochMilli(T0));
    }

    private void ingest(CliSession... sessions) {
        monitor.apply("d1", List.of(sessions), List.of(), T0);
    }

    @Test
    void a_registered_daemon_is_connected_and_announced() {
        List<CliMonitorEvent> events = monitor.register(daemon("d1", T0));

        assertThat(events).containsExactly(new DaemonConnected(daemon("d1", T0)));
        assertThat(monitor.connected()).isTrue();
        assertThat(monitor.daemon()).contains(daemon("d1", T0));
    }

    @Test
    void another_daemon_registering_replaces_the_first_and_drops_its_sessions() {
        monitor.register(daemon("d1", T0));
        ingest(session("s1", CliSessionStatus.WORKING, T0));

        List<CliMonitorEvent> events = monitor.register(daemon("d2", T0 + SECOND));

        assertThat(events).containsExactly(new DaemonDisconnected(), new DaemonConnected(daemon("d2", T0 + SECOND)));
        assertThat(monitor.sessions(T0)).isEmpty();
        assertThatThrownBy(() -> monitor.heartbeat("d1", T0)).isInstanceOf(UnknownCliDaemonException.class);
    }

    @Test
    void the_same_daemon_registering_again_keeps_its_sessions() {
        monitor.register(daemon("d1", T0));
        ingest(session("s1", CliSessionStatus.WORKING, T0));

        assertThat(monitor.register(daemon("d1", T0 + SECOND))).containsExactly(new DaemonConnected(daemon("d1", T0 + SECOND)));
        assertThat(monitor.sessions(T0)).extracting(CliSession::sessionId).containsExactly("s1");
    }

    @Test
    void a_heartbeat_of_an_unknown_or_replaced_daemon_is_refused() {
        assertThatThrownBy(() -> monitor.heartbeat("d1", T0)).isInstanceOf(UnknownCliDaemonException.class);
        monitor.register(daemon("d1", T0));
        assertThatThrownBy(() -> monitor.heartbeat("other", T0)).isInstanceOf(UnknownCliDaemonException.class);

        monitor.heartbeat("d1", T0 + 30 * SECOND);

        assertThat(monitor.daemon().orElseThrow().lastHeartbeatAt()).isEqualTo(T0 + 30 * SECOND);
        assertThat(monitor.daemon().orElseThrow().registeredAt()).isEqualTo(T0);
    }

    @Test
    void a_daemon_silent_for_more_than_45_seconds_is_deregistered_with_its_sessions() {
        monitor.register(daemon("d1", T0));
        ingest(session("s1", CliSessionStatus.WORKING, T0));
        monitor.heartbeat("d1", T0 + 10 * SECOND);

        assertThat(monitor.expire(T0 + 55 * SECOND)).isEmpty();
        assertThat(monitor.connected()).isTrue();

        assertThat(monitor.expire(T0 + 55 * SECOND + 1)).containsExactly(new DaemonDisconnected());
        assertThat(monitor.connected()).isFalse();
        assertThat(monitor.sessions(T0)).isEmpty();
        assertThatThrownBy(() -> monitor.heartbeat("d1", T0 + 56 * SECOND)).isInstanceOf(UnknownCliDaemonException.class);
    }

    @Test
    void a_new_session_is_announced_without_a_previous_status_and_a_changed_status_also_as_a_status_change() {
        monitor.register(daemon("d1", T0));
        CliSession working = session("s1", CliSessionStatus.WORKING, T0);
        CliSession waiting = session("s1", CliSessionStatus.WAITING_FOR_APPROVAL, T0 + SECOND);
        CliSession stillWaiting = session("s1", CliSessionStatus.WAITING_FOR_APPROVAL, T0 + 2 * SECOND);

        assertThat(monitor.apply("d1", List.of(working), List.of(), T0)).containsExactly(new SessionUpdated(working, null));
        assertThat(monitor.apply("d1", List.of(waiting), List.of(), T0 + 5 * SECOND)).containsExactly(
                new SessionUpdated(waiting, CliSessionStatus.WORKING),
                new StatusChanged("s1", CliSessionStatus.WORKING, CliSessionStatus.WAITING_FOR_APPROVAL, T0 + 5 * SECOND));
        assertThat(monitor.apply("d1", List.of(stillWaiting), List.of(), T0 + 6 * SECOND))
                .containsExactly(new SessionUpdated(stillWaiting, CliSessionStatus.WAITING_FOR_APPROVAL));
    }

    @Test
    void a_report_from_another_daemon_is_refused_and_changes_nothing() {
        monitor.register(daemon("d1", T0));

        assertThatThrownBy(() -> monitor.apply("d2", List.of(session("s1", CliSessionStatus.IDLE, T0)), List.of(), T0))
                .isInstanceOf(UnknownCliDaemonException.class);
        assertThat(monitor.sessions(T0)).isEmpty();
    }

    @Test
    void removed_sessions_leave_and_only_those_the_view_held_are_announced() {
        monitor.register(daemon("d1", T0));
        ingest(session("s1", CliSessionStatus.IDLE, T0), session("s2", CliSessionStatus.IDLE, T0));

        assertThat(monitor.apply("d1", List.of(), List.of("s1", "never-seen"), T0)).containsExactly(new SessionRemoved("s1"));
        assertThat(monitor.sessions(T0)).extracting(CliSession::sessionId).containsExactly("s2");
    }

    @Test
    void a_session_inactive_for_more_than_7_days_is_not_taken_in() {
        monitor.register(daemon("d1", T0));
        CliSession justCurrent = session("current", CliSessionStatus.IDLE, T0 - 7 * DAY);
        CliSession stale = session("stale", CliSessionStatus.IDLE, T0 - 7 * DAY - 1);

        assertThat(monitor.apply("d1", List.of(justCurrent, stale), List.of(), T0)).containsExactly(new SessionUpdated(justCurrent, null));
        assertThat(CliMonitor.isCurrent(T0 - 7 * DAY, T0)).isTrue();
        assertThat(CliMonitor.isCurrent(T0 - 7 * DAY - 1, T0)).isFalse();
    }

    @Test
    void sessions_that_go_stale_are_hidden_at_once_and_dropped_by_the_periodic_check() {
        monitor.register(daemon("d1", T0));
        ingest(session("old", CliSessionStatus.IDLE, T0 - DAY), session("new", CliSessionStatus.IDLE, T0));
        long later = T0 + 6 * DAY + 1;
        monitor.heartbeat("d1", later);

        assertThat(monitor.sessions(later)).extracting(CliSession::sessionId).containsExactly("new");
        assertThat(monitor.sessionCount(later)).isEqualTo(1);
        assertThat(monitor.expire(later)).containsExactly(new SessionRemoved("old"));
        assertThat(monitor.expire(later)).isEmpty();
    }

    @Test
    void sessions_are_listed_most_recently_active_first() {
        monitor.register(daemon("d1", T0));
        ingest(session("b", CliSessionStatus.IDLE, T0 - 2 * SECOND), session("c", CliSessionStatus.IDLE, T0),
                session("a", CliSessionStatus.IDLE, T0 - 2 * SECOND));

        assertThat(monitor.sessions(T0)).extracting(CliSession::sessionId).containsExactly("c", "b", "a");
    }

    @Test
    void beyond_10000_sessions_the_least_recently_active_ones_are_evicted_and_announced() {
        monitor.register(daemon("d1", T0));
        List<CliSession> first = new ArrayList<>();
        for (int i = 0; i < CliMonitor.MAX_SESSIONS; i++) {
            first.add(session("s" + i, CliSessionStatus.IDLE, T0 - DAY + i));
        }
        monitor.apply("d1", first, List.of(), T0);
        CliSession newest = session("newest", CliSessionStatus.WORKING, T0);
        CliSession alsoNew = session("also-new", CliSessionStatus.WORKING, T0 - 1);

        List<CliMonitorEvent> events = monitor.apply("d1", List.of(newest, alsoNew), List.of(), T0);

        assertThat(events).containsExactly(new SessionUpdated(newest, null), new SessionUpdated(alsoNew, null),
                new SessionRemoved("s0"), new SessionRemoved("s1"));
        assertThat(monitor.sessionCount(T0)).isEqualTo(CliMonitor.MAX_SESSIONS);
        assertThat(monitor.sessions(T0).get(0)).isEqualTo(newest);
        assertThat(monitor.sessions(T0)).extracting(CliSession::sessionId).doesNotContain("s0", "s1").contains("s2");
    }

    @Test
    void deregistering_clears_the_view_once_and_another_daemon_cannot_deregister_it() {
        monitor.register(daemon("d1", T0));
        ingest(session("s1", CliSessionStatus.IDLE, T0));

        assertThat(monitor.deregister("other")).isEmpty();
        assertThat(monitor.connected()).isTrue();
        assertThat(monitor.deregister("d1")).containsExactly(new DaemonDisconnected());
        assertThat(monitor.deregister("d1")).isEmpty();
        assertThat(monitor.sessions(T0)).isEmpty();
        assertThat(monitor.daemon()).isEmpty();
    }

    @Test
    void a_daemon_keeps_the_original_s_field_rules() {
        assertThatThrownBy(() -> daemon("", T0)).isInstanceOf(ValidationException.class).hasMessage("daemonId is required");
        assertThatThrownBy(() -> daemon("d".repeat(201), T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CliDaemon.registering("d", 0, "1", "/w", List.of(), T0)).hasMessage("pid must be a positive integer");
        assertThatThrownBy(() -> CliDaemon.registering("d", 1, "v".repeat(51), "/w", List.of(), T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CliDaemon.registering("d", 1, "1", "", List.of(), T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CliDaemon.registering("d", 1, "1", "w".repeat(1001), List.of(), T0))
                .isInstanceOf(ValidationException.class);
        assertThat(CliDaemon.registering("d".repeat(200), 1, "v".repeat(50), "w".repeat(1000), null, T0).capabilities()).isEmpty();
    }
}
