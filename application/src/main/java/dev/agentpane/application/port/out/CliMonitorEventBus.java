package dev.agentpane.application.port.out;

import dev.agentpane.domain.clisession.CliMonitorEvent;
import java.util.function.Consumer;

/**
 * Tells this process's watchers of the CLI monitor what changed. The live view it reports on is held in memory by one
 * process (the one the daemon talks to), so its events never need to reach another instance.
 */
public interface CliMonitorEventBus {
    /** Hands the event to every subscriber, in the publishing thread and in publishing order. */
    void publish(CliMonitorEvent event);

    /** Calls {@code listener} with every event published until the subscription is closed; the listener must be quick. */
    Subscription subscribe(Consumer<CliMonitorEvent> listener);

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
