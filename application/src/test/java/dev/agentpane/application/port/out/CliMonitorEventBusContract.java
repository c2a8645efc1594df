package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonDisconnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionRemoved;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What every {@link CliMonitorEventBus} must do: run against the in-memory fake and the in-process bus. */
public abstract class CliMonitorEventBusContract {
    protected abstract CliMonitorEventBus newBus();

    @Test
    void every_subscriber_gets_every_event_in_publishing_order_in_the_publishing_thread() {
        CliMonitorEventBus bus = newBus();
        List<CliMonitorEvent> first = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        List<CliMonitorEvent> second = new CopyOnWriteArrayList<>();
        bus.subscribe(event -> {
            first.add(event);
            threads.add(Thread.currentThread());
        });
        bus.subscribe(second::add);

        bus.publish(new SessionRemoved("a"));
        bus.publish(new DaemonDisconnected());

        assertThat(first).containsExactly(new SessionRemoved("a"), new DaemonDisconnected());
        assertThat(second).containsExactly(new SessionRemoved("a"), new DaemonDisconnected());
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void a_closed_subscription_gets_nothing_more_and_the_same_listener_twice_is_two_subscriptions() {
        CliMonitorEventBus bus = newBus();
        List<CliMonitorEvent> seen = new CopyOnWriteArrayList<>();
        CliMonitorEventBus.Subscription one = bus.subscribe(seen::add);
        bus.subscribe(seen::add);

        bus.publish(new SessionRemoved("twice"));
        one.close();
        one.close();
        bus.publish(new SessionRemoved("once"));

        assertThat(seen).containsExactly(new SessionRemoved("twice"), new SessionRemoved("twice"), new SessionRemoved("once"));
    }

    @Test
    void a_failing_subscriber_keeps_no_other_from_the_event() {
        CliMonitorEventBus bus = newBus();
        List<CliMonitorEvent> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(event -> {
            throw new IllegalStateException("broken subscriber");
        });
        bus.subscribe(seen::add);

        bus.publish(new DaemonDisconnected());

        assertThat(seen).containsExactly(new DaemonDisconnected());
    }
}
