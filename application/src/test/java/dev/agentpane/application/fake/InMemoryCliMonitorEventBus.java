package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Tells the subscribers in the publishing thread, and remembers what was published for tests to look at. */
public class InMemoryCliMonitorEventBus implements CliMonitorEventBus {
    private final List<Consumer<CliMonitorEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final List<CliMonitorEvent> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(CliMonitorEvent event) {
        published.add(event);
        for (Consumer<CliMonitorEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException ignored) {
                // one failing subscriber keeps no other from the event
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<CliMonitorEvent> listener) {
        Consumer<CliMonitorEvent> own = listener::accept; // a distinct object per subscription, even for the same listener
        subscribers.add(own);
        return () -> subscribers.remove(own);
    }

    /** Every event published so far, in order. */
    public List<CliMonitorEvent> published() {
        return List.copyOf(published);
    }

    public void forgetPublished() {
        published.clear();
    }

    public int subscriberCount() {
        return subscribers.size();
    }
}
