package dev.agentpane.application.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.ProjectId;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoardVersionServiceTest {
    private static final ProjectId BOARD = ProjectId.of("board");
    private final AtomicLong storedVersion = new AtomicLong(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final CountDownLatch firstReadStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstRead = new CountDownLatch(1);

    /** A repository whose first version read is held until the test lets it go; each read sees the version at its start. */
    private TaskRepository repository() {
        TaskRepository real = new InMemoryStores().port(TaskRepository.class);
        return (TaskRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TaskRepository.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("boardVersion")) {
                        return method.invoke(real, args);
                    }
                    long seen = storedVersion.get();
                    if (reads.incrementAndGet() == 1) {
                        firstReadStarted.countDown();
                        releaseFirstRead.await(10, TimeUnit.SECONDS);
                    }
                    return OptionalLong.of(seen);
                });
    }

    @Test
    void a_caller_that_arrives_while_a_read_runs_gets_a_later_read_and_shares_it_with_the_others_waiting() throws Exception {
        BoardVersionService versions = new BoardVersionService(repository(), true);
        CompletableFuture<OptionalLong> early = CompletableFuture.supplyAsync(() -> versions.boardVersion(BOARD));
        assertThat(firstReadStarted.await(10, TimeUnit.SECONDS)).isTrue();

        storedVersion.set(2); // a write answered while the first read runs
        List<CompletableFuture<OptionalLong>> late = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            late.add(CompletableFuture.supplyAsync(() -> versions.boardVersion(BOARD)));
        }
        awaitQueued(versions, 6);
        releaseFirstRead.countDown();

        assertThat(early.get(10, TimeUnit.SECONDS)).hasValue(1);
        for (CompletableFuture<OptionalLong> call : late) {
            assertThat(call.get(10, TimeUnit.SECONDS)).as("never a version from before the caller arrived").hasValue(2);
        }
        assertThat(reads).as("the five late callers shared one read").hasValue(2);
    }

    @Test
    void without_sharing_every_call_reads() {
        releaseFirstRead.countDown();
        BoardVersionService versions = new BoardVersionService(repository(), false);

        versions.boardVersion(BOARD);
        versions.boardVersion(BOARD);

        assertThat(reads).hasValue(2);
    }

    /** Waits (polling with a deadline, no fixed sleep) until this many callers are inside the service. */
    private static void awaitQueued(BoardVersionService versions, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (versions.callersOf(BOARD) < callers) {
            assertThat(System.nanoTime()).as("callers queued in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
