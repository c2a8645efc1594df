package dev.agentpane.persistence.stream;

import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI monitor's event bus, on both databases: the live view lives in the memory of the process the daemon talks
 * to, so its events only ever go to this JVM's subscribers, in the publishing thread.
 */
public final class InProcessCliMonitorEventBus implements CliMonitorEventBus {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessCliMonitorEventBus.class);
    private final Set<Consumer<CliMonitorEvent>> subscribers = new CopyOnWriteArraySet<>();

    @Override
    public void publish(CliMonitorEvent event) {
        for (Consumer<CliMonitorEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber of the CLI monitor failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<CliMonitorEvent> listener) {
        Consumer<CliMonitorEvent> own = listener::accept; // a distinct object per subscription, even for the same listener
        subscribers.add(own);
        return () -> subscribers.remove(own);
    }
}
