package dev.agentpane.web.testing;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** The same request sent by several clients at once, released together so that they race. */
public final class Concurrently {
    private Concurrently() {
    }

    public static List<ApiResponse> send(int clients, Supplier<ApiResponse> request) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> pending = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("A concurrent request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many of the responses have the status. */
    public static long withStatus(List<ApiResponse> responses, int status) {
        return responses.stream().filter(response -> response.status() == status).count();
    }
}
