package dev.agentpane.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.SseClient.Frame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/sessions/{id}/stream} as the original's session page reads it (reference §4.5, §10, §11): unnamed
 * frames, replay then live, resume by {@code Last-Event-ID}, keep-alive comments. Events are stored through the
 * repository and announced on the bus, as the event-appending use case does. A subclass's server must send a
 * keep-alive every {@link #KEEP_ALIVE}.
 */
public abstract class SessionStreamApiContract extends ApiContract {
    public static final Duration KEEP_ALIVE = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.890Z");
    private SessionId sessionId;

    @BeforeEach
    final void startWithOneSession() {
        resetData();
        Project project = Project.create("Streams", "/repos/streams", null, T0);
        port(ProjectRepository.class).insert(project);
        Session session = Session.create(project.id(), null, null, "Streamed", "http://localhost:3001", T0);
        port(SessionRepository.class).insert(session);
        sessionId = session.id();
    }

    /** Stores an event and announces it, as the use case that appends events does after its commit. */
    private SessionEvent append(String type, Object data) {
        SessionEvent event = port(SessionEventRepository.class).append(
                NewSessionEvent.create(sessionId, type, "containerAgent", data, T0.toEpochMilli() + 1, T0));
        port(SessionEventBus.class).published(sessionId, event.offset());
        return event;
    }

    private void appendChunks(int count) {
        for (int i = 0; i < count; i++) {
            append("chunk", Map.of("text", "t" + i));
        }
    }

    private SseClient connect(String query, String... headers) {
        SseClient client = SseClient.connect(api().uri("/api/sessions/" + sessionId + "/stream" + query), headers);
        assertThat(client.status()).isEqualTo(200);
        return client;
    }

    /** Reads the connected frame and checks it. */
    private static void expectConnected(SseClient client, String sessionId, long offset) throws InterruptedException {
        Frame connected = client.nextData(WAIT);
        assertThat(connected.id()).isNull();
        assertThat(connected.rawLines()).noneMatch(line -> line.startsWith("event:"));
        JsonNode json = connected.json();
        assertThat(json.path("type").asString()).isEqualTo("connected");
        assertThat(json.path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(json.path("offset").isIntegralNumber()).isTrue();
        assertThat(json.path("offset").asLong()).isEqualTo(offset);
        assertThat(json.path("timestamp").isIntegralNumber()).isTrue();
        assertThat(json.path("timestamp").asLong()).isGreaterThan(T0.toEpochMilli() - 365L * 24 * 3600 * 1000);
    }

    /** Reads the next event frame: unnamed, its id its stored offset, its JSON exactly type, data, timestamp, offset. */
    private static JsonNode expectEvent(SseClient client, long offset) throws InterruptedException {
        Frame frame = client.nextData(WAIT);
        assertThat(frame.rawLines()).noneMatch(line -> line.startsWith("event:"));
        assertThat(frame.rawLines()).anyMatch(line -> line.startsWith("data: "));
        assertThat(frame.id()).isEqualTo(String.valueOf(offset));
        JsonNode json = frame.json();
        List<String> fields = new ArrayList<>();
        json.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("type", "data", "timestamp", "offset");
        assertThat(json.path("offset").asLong()).isEqualTo(offset);
        assertThat(json.path("timestamp").asLong()).isEqualTo(T0.toEpochMilli() + 1);
        return json;
    }

    @Test
    void the_stream_answers_with_the_original_s_headers_then_replays_the_stored_events_from_the_offset() throws Exception {
        Map<String, Object> toolStart = new LinkedHashMap<>();
        toolStart.put("toolName", "Bash");
        toolStart.put("input", Map.of("command", "ls ✓"));
        toolStart.put("nothing", null);
        append("chunk", Map.of("text", "a"));
        append("chunk", Map.of("text", "b"));
        append("container-agent:tool:start", toolStart);
        append("chunk", Map.of("text", "d"));

        Map<String, String> head = SseClient.rawHead(api().uri("/api/sessions/" + sessionId + "/stream?offset=2"));
        assertThat(head.get(":status")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.get("content-type")).startsWith("text/event-stream");
        assertThat(head.get("cache-control")).isEqualTo("no-cache");
        assertThat(head.get("connection")).as(head.toString()).isEqualTo("keep-alive");
        try (SseClient client = connect("?offset=2")) {
            assertThat(client.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            assertThat(client.headers().firstValue("Cache-Control")).contains("no-cache");
            expectConnected(client, sessionId.value(), 2);

            JsonNode tool = expectEvent(client, 2);
            assertThat(tool.path("type").asString()).isEqualTo("container-agent:tool:start");
            assertThat(tool.path("data").path("toolName").asString()).isEqualTo("Bash");
            assertThat(tool.path("data").path("input").path("command").asString()).isEqualTo("ls ✓");
            assertThat(tool.path("data").has("nothing") && tool.path("data").get("nothing").isNull()).isTrue();
            assertThat(expectEvent(client, 3).path("data").path("text").asString()).isEqualTo("d");
        }
    }

    @Test
    void without_an_offset_the_stream_starts_at_the_first_event_then_delivers_live_ones() throws Exception {
        appendChunks(2);
        try (SseClient client = connect("")) {
            expectConnected(client, sessionId.value(), 0);
            expectEvent(client, 0);
            expectEvent(client, 1);

            append("container-agent:token", Map.of("delta", "x", "accumulated", "x"));
            append("chunk", Map.of("text", "live"));

            assertThat(expectEvent(client, 2).path("type").asString()).isEqualTo("container-agent:token");
            assertThat(expectEvent(client, 3).path("data").path("text").asString()).isEqualTo("live");
        }
    }

    @Test
    void a_stream_past_the_last_event_waits_for_new_ones() throws Exception {
        appendChunks(1);
        try (SseClient client = connect("?offset=5")) {
            expectConnected(client, sessionId.value(), 5);
            appendChunks(6); // offsets 1..6

            expectEvent(client, 5);
            expectEvent(client, 6);
        }
    }

    @Test
    void a_reconnect_with_last_event_id_resumes_after_it_and_wins_over_the_offset() throws Exception {
        appendChunks(5);
        try (SseClient client = connect("?offset=1", "Last-Event-ID", "2")) {
            expectConnected(client, sessionId.value(), 3);
            expectEvent(client, 3);
            expectEvent(client, 4);
        }
    }

    @Test
    void no_event_is_lost_or_sent_twice_while_events_are_appended_as_clients_connect() throws Exception {
        int events = 120;
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        CountDownLatch appending = new CountDownLatch(1);
        try {
            Future<?> appender = pool.submit(() -> {
                for (int i = 0; i < events; i++) {
                    append("chunk", Map.of("i", i));
                    if (i == 5) {
                        appending.countDown();
                    }
                }
                return null;
            });
            assertThat(appending.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                readers.add(pool.submit(() -> {
                    try (SseClient client = connect("")) {
                        expectConnected(client, sessionId.value(), 0);
                        List<Long> offsets = new ArrayList<>();
                        while (offsets.size() < events) {
                            Frame frame = client.nextData(WAIT);
                            offsets.add(frame.json().path("offset").asLong());
                        }
                        return offsets;
                    }
                }));
            }
            appender.get(60, TimeUnit.SECONDS);
            List<Long> expected = java.util.stream.LongStream.range(0, events).boxed().toList();
            for (Future<List<Long>> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_idle_stream_sends_ping_comments() throws Exception {
        try (SseClient client = connect("")) {
            expectConnected(client, sessionId.value(), 0);

            Frame ping = client.next(WAIT);
            assertThat(ping.isComment()).isTrue();
            assertThat(ping.rawLines()).containsExactly(": ping");
            Frame again = client.next(WAIT);
            assertThat(again.rawLines()).containsExactly(": ping");
        }
    }

    @Test
    void an_unknown_session_is_a_404_envelope_before_any_stream() {
        ApiResponse response = api().get("/api/sessions/" + SessionId.generate(1L) + "/stream", "Accept", "text/event-stream");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode json = response.json();
        assertThat(json.path("ok").asBoolean(true)).isFalse();
        assertThat(json.at("/error/code").asString()).isEqualTo("SESSION_NOT_FOUND");
        assertThat(json.at("/error/message").asString()).isEqualTo("Session not found");
        assertThat(json.at("/error/status").asInt()).isEqualTo(404);
    }

    @Test
    void a_bad_offset_or_id_is_a_400_envelope() {
        String path = "/api/sessions/" + sessionId + "/stream";
        for (String query : List.of("?offset=x", "?offset=-1", "?offset=1.5", "?offset=99999999999999999999")) {
            ApiResponse response = api().get(path + query, "Accept", "text/event-stream");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.errorCode()).as(query).isEqualTo("VALIDATION_ERROR");
        }
        ApiResponse badLastId = api().get(path, "Last-Event-ID", "abc");
        assertThat(badLastId.status()).isEqualTo(400);
        assertThat(badLastId.errorCode()).isEqualTo("VALIDATION_ERROR");
        ApiResponse badId = api().get("/api/sessions/a.b/stream");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.errorCode()).isEqualTo("INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid session ID format");
    }
}
