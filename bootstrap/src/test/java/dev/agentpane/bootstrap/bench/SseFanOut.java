package dev.agentpane.bootstrap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SSE fan-out latency for {@code bench/run.sh}: opens N streams on one session, appends events one by one at a steady
 * pace, and measures for every (event, stream) pair the time from just before the append request to the frame's
 * arrival. Server and client share the machine and its clock. Prints one {@code RESULT} line.
 *
 * <pre>SseFanOut &lt;base url&gt; &lt;session id&gt; [streams=50] [events=300] [pause ms=20]</pre>
 */
public final class SseFanOut {
    private static final Pattern SENT_AT = Pattern.compile("\"sentAtMicros\":(\\d+)");
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private SseFanOut() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        int streams = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        long pauseMillis = args.length > 4 ? Long.parseLong(args[4]) : 20;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        CountDownLatch connected = new CountDownLatch(streams);
        CountDownLatch finished = new CountDownLatch(streams);
        AtomicInteger failures = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            Thread reader = new Thread(() -> read(http, base + "/api/sessions/" + session + "/stream", events, latenciesMicros, connected,
                    finished, failures), "sse-" + i);
            reader.setDaemon(true);
            reader.start();
            readers.add(reader);
        }
        if (!connected.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            failures.addAndGet((int) connected.getCount());
        }
        for (int seq = 0; seq < events; seq++) {
            long sentAt = nowMicros();
            HttpRequest append = HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/events"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"bench\",\"data\":{\"seq\":" + seq + ",\"sentAtMicros\":" + sentAt + "}}"))
                    .build();
            if (http.send(append, HttpResponse.BodyHandlers.discarding()).statusCode() != 201) {
                failures.incrementAndGet();
            }
            Thread.sleep(pauseMillis); // a steady pace, so the figure is delivery latency rather than queueing
        }
        finished.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        long missing = (long) events * streams - sorted.length;
        System.out.printf("RESULT {\"streams\":%d,\"events\":%d,\"deliveries\":%d,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"errors\":%d}%n",
                streams, events, sorted.length, percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100),
                missing + failures.get());
        System.exit(0);
    }

    private static void read(HttpClient http, String uri, int events, ConcurrentLinkedQueue<Long> latencies, CountDownLatch connected,
            CountDownLatch finished, AtomicInteger failures) {
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
                connected.countDown();
                return;
            }
            int received = 0;
            boolean announced = false;
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                if (!announced) {
                    announced = true; // the "connected" frame
                    connected.countDown();
                    continue;
                }
                Matcher sentAt = SENT_AT.matcher(line);
                if (sentAt.find()) {
                    latencies.add(nowMicros() - Long.parseLong(sentAt.group(1)));
                    if (++received == events) {
                        break;
                    }
                }
            }
            response.body().close();
        } catch (IOException | InterruptedException e) {
            failures.incrementAndGet();
        } finally {
            finished.countDown();
        }
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
