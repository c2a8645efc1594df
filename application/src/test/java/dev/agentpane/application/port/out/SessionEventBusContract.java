package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.domain.session.SessionId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SessionEventBus} must do, whether it tells subscribers in the publishing thread or later from
 * another one: run against the in-memory fake, the in-process bus and the PostgreSQL LISTEN/NOTIFY bus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionEventBusContract {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());
    private static final long WAIT_SECONDS = 5;
    private SessionEventBus bus;

    /** A bus for this test class; closed by {@link #closeBus}. */
    protected abstract SessionEventBus openBus();

    protected void closeBus(SessionEventBus bus) {
        if (bus instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeAll
    final void open() {
        bus = openBus();
    }

    @AfterAll
    final void close() {
        if (bus != null) {
            closeBus(bus);
        }
    }

    /** A session id no other test uses, so that tests never see each other's notices. */
    protected static SessionId freshSession() {
        return SessionId.generate(IDS.incrementAndGet());
    }

    /** Records the offsets it is told and lets a test wait for a number of them. */
    protected static final class Recorder implements LongConsumer {
        private final List<Long> offsets = new CopyOnWriteArrayList<>();
        private final CountDownLatch expected;

        public Recorder(int expectedCount) {
            expected = new CountDownLatch(expectedCount);
        }

        @Override
        public void accept(long offset) {
            offsets.add(offset);
            expected.countDown();
        }

        public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
            return expected.await(timeout, unit);
        }

        public List<Long> offsets() {
            return List.copyOf(offsets);
        }
    }

    @Test
    void a_subscriber_is_told_the_published_offset() throws InterruptedException {
        SessionId session = freshSession();
        Recorder recorder = new Recorder(1);
        try (SessionEventBus.Subscription ignored = bus.subscribe(session, recorder)) {
            bus.published(session, 7);

            assertThat(recorder.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(recorder.offsets()).containsExactly(7L);
        }
    }

    @Test
    void notices_reach_every_subscriber_of_their_session_in_publishing_order_and_no_other() throws InterruptedException {
        SessionId session = freshSession();
        SessionId other = freshSession();
        Recorder first = new Recorder(50);
        Recorder second = new Recorder(50);
        Recorder ofOther = new Recorder(1);
        try (SessionEventBus.Subscription a = bus.subscribe(session, first);
                SessionEventBus.Subscription b = bus.subscribe(session, second);
                SessionEventBus.Subscription c = bus.subscribe(other, ofOther)) {
            for (long offset = 0; offset < 50; offset++) {
                bus.published(session, offset);
            }
            bus.published(other, 3);

            assertThat(first.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(second.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(ofOther.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            List<Long> expected = java.util.stream.LongStream.range(0, 50).boxed().toList();
            assertThat(first.offsets()).isEqualTo(expected);
            assertThat(second.offsets()).isEqualTo(expected);
            assertThat(ofOther.offsets()).containsExactly(3L);
        }
    }

    @Test
    void a_closed_subscription_is_told_nothing_more() throws InterruptedException {
        SessionId session = freshSession();
        Recorder closed = new Recorder(1);
        Recorder open = new Recorder(1);
        SessionEventBus.Subscription toClose = bus.subscribe(session, closed);
        try (SessionEventBus.Subscription ignored = bus.subscribe(session, open)) {
            toClose.close();
            toClose.close(); // closing twice is harmless
            bus.published(session, 1);

            assertThat(open.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(closed.offsets()).isEmpty();
        }
    }

    @Test
    void a_failing_subscriber_keeps_no_other_from_its_notice() throws InterruptedException {
        SessionId session = freshSession();
        Recorder healthy = new Recorder(2);
        try (SessionEventBus.Subscription failing = bus.subscribe(session, offset -> {
            throw new IllegalStateException("listener failure (expected by the test)");
        }); SessionEventBus.Subscription ignored = bus.subscribe(session, healthy)) {
            bus.published(session, 0);
            bus.published(session, 1);

            assertThat(healthy.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(healthy.offsets()).containsExactly(0L, 1L);
        }
    }

    @Test
    void publishing_without_subscribers_is_harmless() {
        bus.published(freshSession(), 0);
    }
}
