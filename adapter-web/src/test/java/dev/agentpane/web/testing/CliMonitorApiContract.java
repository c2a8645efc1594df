package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.in.climonitor.PurgeInactiveCliSessionsUseCase;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.SseClient.Frame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI monitor routes (reference §4.14, §5.16) as the daemon and the original's page use them: the daemon's
 * register, heartbeat, ingest and deregister with their validation, the live view, the history from the database, the
 * retention job (run as its schedule would, through its use case) and the event stream. A subclass's server must send
 * stream keep-alives every {@link #KEEP_ALIVE}. Run against the fakes and against both databases.
 */
public abstract class CliMonitorApiContract extends ApiContract {
    public static final Duration KEEP_ALIVE = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String BASE = "/api/cli-monitor";
    private static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final List<String> SESSION_FIELDS = List.of("id", "sessionId", "filePath", "cwd", "projectName", "projectHash",
            "gitBranch", "status", "messageCount", "turnCount", "goal", "recentOutput", "pendingToolUse", "tokenUsage",
            "performanceMetrics", "model", "startedAt", "lastActivityAt", "lastReadOffset", "isSubagent", "parentSessionId",
            "createdAt", "updatedAt");
    private static final List<String> DAEMON_FIELDS = List.of("daemonId", "pid", "version", "watchPath", "capabilities",
            "registeredAt", "lastHeartbeatAt");

    /** Runs the retention job once, as its schedule would, and returns how many sessions it deleted. */
    private int runRetention() {
        return port(PurgeInactiveCliSessionsUseCase.class).purgeInactive();
    }

    @BeforeEach
    final void startWithoutDaemonOrData() {
        resetData();
        // A daemon replacing the previous test's one empties the live view; deregistering it leaves no daemon.
        assertOk(api().post(BASE + "/register", registerBody("contract-reset")));
        assertOk(api().post(BASE + "/deregister", json("{'daemonId':'contract-reset'}")));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static String registerBody(String daemonId) {
        return json("{'daemonId':'" + daemonId + "','pid':4242,'version':'0.3.1','watchPath':'/home/me/.claude/projects'}");
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    /** A session as the daemon reports it, with only the required fields. */
    private static Map<String, Object> session(String sessionId, String status, long lastActivityAt) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("sessionId", sessionId);
        session.put("filePath", "/home/me/.claude/projects/h/" + sessionId + ".jsonl");
        session.put("cwd", "/work/app");
        session.put("projectName", "app");
        session.put("status", status);
        session.put("messageCount", 4);
        session.put("turnCount", 2);
        session.put("tokenUsage", Map.of("inputTokens", 100, "outputTokens", 50));
        session.put("startedAt", lastActivityAt - 60_000);
        session.put("lastActivityAt", lastActivityAt);
        return session;
    }

    private static Map<String, Object> with(Map<String, Object> session, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(session);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    private static String ingestBody(String daemonId, List<Map<String, Object>> sessions, List<String> removed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("daemonId", daemonId);
        body.put("sessions", sessions);
        body.put("removedSessionIds", removed);
        return write(body);
    }

    private ApiResponse ingest(String daemonId, List<Map<String, Object>> sessions, List<String> removed) {
        return api().post(BASE + "/ingest", ingestBody(daemonId, sessions, removed));
    }

    private void registered(String daemonId) {
        assertOk(api().post(BASE + "/register", registerBody(daemonId)));
    }

    private static void assertOk(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(MAPPER.readTree("{\"ok\":true}"));
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
    }

    private JsonNode status() {
        ApiResponse response = api().get(BASE + "/status");
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("data");
    }

    private JsonNode liveSessions(String query) {
        ApiResponse response = api().get(BASE + "/sessions" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("data");
    }

    private JsonNode history(String query) {
        ApiResponse response = api().get(BASE + "/history" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("data");
    }

    private static List<String> ids(JsonNode sessions) {
        List<String> ids = new ArrayList<>();
        sessions.forEach(session -> ids.add(session.path("sessionId").asString()));
        return ids;
    }

    private static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    /** Stores a session behind the API's back, as an earlier run of the server would have. */
    private void storedSession(String sessionId, long lastActivityAt) {
        port(CliSessionRepository.class).upsert(CliSession.create(sessionId, "/p/" + sessionId, "/w", "w", "old", null,
                CliSessionStatus.IDLE, 1, 1, null, null, null, new TokenUsage(1, 1, 0, 0, null, null), null, null, lastActivityAt - 1,
                lastActivityAt, 0, false, null, Instant.now()));
    }

    // ------------------------------------------------------------------------------------------- register

    @Test
    void a_registered_daemon_is_connected_with_the_original_s_daemon_info() {
        long before = now();
        ApiResponse response = api().post(BASE + "/register",
                json("{'daemonId':'d1','pid':4242,'version':'0.3.1','watchPath':'/home/me/.claude/projects','startedAt':1700000000000}"));

        assertOk(response);
        JsonNode status = status();
        assertThat(fields(status)).containsExactly("connected", "daemon", "sessionCount");
        assertThat(status.path("connected").asBoolean()).isTrue();
        assertThat(status.path("sessionCount").asInt()).isZero();
        JsonNode daemon = status.path("daemon");
        assertThat(fields(daemon)).containsExactlyElementsOf(DAEMON_FIELDS);
        assertThat(daemon.path("daemonId").asString()).isEqualTo("d1");
        assertThat(daemon.path("pid").asInt()).isEqualTo(4242);
        assertThat(daemon.path("version").asString()).isEqualTo("0.3.1");
        assertThat(daemon.path("watchPath").asString()).isEqualTo("/home/me/.claude/projects");
        assertThat(daemon.path("capabilities").isArray()).isTrue();
        assertThat(daemon.path("capabilities").size()).isZero();
        assertThat(daemon.path("registeredAt").isIntegralNumber()).isTrue();
        assertThat(daemon.path("registeredAt").asLong()).isBetween(before, now());
        assertThat(daemon.path("lastHeartbeatAt").asLong()).isEqualTo(daemon.path("registeredAt").asLong());
    }

    @Test
    void a_registration_keeps_its_capabilities() {
        assertOk(api().post(BASE + "/register",
                json("{'daemonId':'d1','pid':1,'version':'1','watchPath':'/w','capabilities':['tail','metrics']}")));

        assertThat(status().at("/daemon/capabilities").toString()).isEqualTo("[\"tail\",\"metrics\"]");
    }

    @Test
    void a_registration_breaking_a_field_rule_is_refused_and_registers_nothing() {
        for (String body : List.of(json("{'pid':1,'version':'1','watchPath':'/w'}"), json("{'daemonId':'','pid':1,'version':'1','watchPath':'/w'}"),
                json("{'daemonId':'" + "d".repeat(201) + "','pid':1,'version':'1','watchPath':'/w'}"),
                json("{'daemonId':'d','pid':0,'version':'1','watchPath':'/w'}"), json("{'daemonId':'d','pid':-4,'version':'1','watchPath':'/w'}"),
                json("{'daemonId':'d','pid':'42','version':'1','watchPath':'/w'}"), json("{'daemonId':'d','pid':1.5,'version':'1','watchPath':'/w'}"),
                json("{'daemonId':'d','version':'1','watchPath':'/w'}"), json("{'daemonId':'d','pid':1,'version':'','watchPath':'/w'}"),
                json("{'daemonId':'d','pid':1,'version':'" + "v".repeat(51) + "','watchPath':'/w'}"),
                json("{'daemonId':'d','pid':1,'version':'1','watchPath':''}"),
                json("{'daemonId':'d','pid':1,'version':'1','watchPath':'" + "w".repeat(1001) + "'}"),
                json("{'daemonId':'d','pid':1,'version':'1','watchPath':'/w','capabilities':[1]}"),
                json("{'daemonId':'d','pid':1,'version':'1','watchPath':'/w','capabilities':'tail'}"),
                json("{'daemonId':'d','pid':1,'version':'1','watchPath':'/w','startedAt':'now'}"), "[]", "42")) {
            assertError(api().post(BASE + "/register", body), 400, "VALIDATION_ERROR");
        }
        assertThat(status().path("connected").asBoolean(true)).isFalse();
    }

    @Test
    void malformed_json_on_every_daemon_route_is_the_original_s_invalid_json_error() {
        for (String route : List.of("register", "heartbeat", "ingest", "deregister")) {
            ApiResponse response = api().post(BASE + "/" + route, "{\"daemonId\": ");

            assertError(response, 400, "INVALID_JSON");
            assertThat(response.errorMessage()).isEqualTo("Invalid JSON body");
        }
    }

    @Test
    void a_daemon_body_may_be_up_to_5_mb_whatever_the_general_limit_and_a_larger_one_is_refused() {
        String padding = "x".repeat(5 * 1024 * 1024 - 200);
        String withinLimit = json("{'daemonId':'d1','pid':1,'version':'1','watchPath':'/w','padding':'" + padding + "'}");
        assertThat(withinLimit.length()).isGreaterThan(1024 * 1024).isLessThanOrEqualTo(5 * 1024 * 1024);
        assertOk(api().post(BASE + "/register", withinLimit));

        String tooLarge = json("{'daemonId':'d2','pid':1,'version':'1','watchPath':'/w','padding':'" + padding + "x".repeat(400) + "'}");
        assertError(api().post(BASE + "/register", tooLarge), 413, "PAYLOAD_TOO_LARGE");
        assertError(api().sendChunked("POST", BASE + "/ingest", ingestBody("d1", List.of(), List.of()).replaceFirst("}$",
                ",\"padding\":\"" + padding + "x".repeat(400) + "\"}")), 413, "PAYLOAD_TOO_LARGE");
        assertThat(status().at("/daemon/daemonId").asString()).isEqualTo("d1");
    }

    // ------------------------------------------------------------------------------------------- heartbeat

    @Test
    void a_heartbeat_of_the_registered_daemon_is_recorded() {
        registered("d1");
        long registeredAt = status().at("/daemon/registeredAt").asLong();

        assertOk(api().post(BASE + "/heartbeat", json("{'daemonId':'d1','sessionCount':3}")));
        // Heartbeat until one lands on a later millisecond than the registration.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (status().at("/daemon/lastHeartbeatAt").asLong() == registeredAt) {
            assertThat(System.nanoTime()).as("a later heartbeat within %s", WAIT).isLessThan(deadline);
            assertOk(api().post(BASE + "/heartbeat", json("{'daemonId':'d1'}")));
        }

        JsonNode daemon = status().path("daemon");
        assertThat(daemon.path("registeredAt").asLong()).isEqualTo(registeredAt);
        assertThat(daemon.path("lastHeartbeatAt").asLong()).isGreaterThan(registeredAt).isLessThanOrEqualTo(now());
    }

    @Test
    void a_heartbeat_of_an_unknown_or_replaced_daemon_asks_it_to_register_again() {
        assertError(api().post(BASE + "/heartbeat", json("{'daemonId':'d1'}")), 409, "REREGISTER");
        registered("d1");
        registered("d2");

        ApiResponse stale = api().post(BASE + "/heartbeat", json("{'daemonId':'d1'}"));

        assertError(stale, 409, "REREGISTER");
        assertThat(stale.errorMessage()).isEqualTo("Daemon not recognized — please re-register");
    }

    @Test
    void a_heartbeat_breaking_a_field_rule_is_refused() {
        registered("d1");
        for (String body : List.of(json("{}"), json("{'daemonId':''}"), json("{'daemonId':'d1','sessionCount':-1}"),
                json("{'daemonId':'d1','sessionCount':'3'}"), json("{'daemonId':'d1','sessionCount':1.5}"), json("{'daemonId':7}"))) {
            assertError(api().post(BASE + "/heartbeat", body), 400, "VALIDATION_ERROR");
        }
    }

    // ------------------------------------------------------------------------------------------- ingest

    @Test
    void an_ingest_from_an_unknown_daemon_is_refused_and_stores_nothing() {
        ApiResponse response = ingest("d1", List.of(session("s1", "working", now())), List.of());

        assertError(response, 404, "UNKNOWN_DAEMON");
        assertThat(response.errorMessage()).isEqualTo("Daemon not registered");
        registered("d2");
        assertError(ingest("d1", List.of(session("s1", "working", now())), List.of()), 404, "UNKNOWN_DAEMON");
        assertThat(history("").path("total").asLong()).isZero();
        assertThat(liveSessions("").path("total").asInt()).isZero();
    }

    @Test
    void an_ingested_session_is_live_and_stored_in_the_daemon_s_shape_with_the_original_s_defaults() {
        registered("d1");
        long at = now();

        assertOk(ingest("d1", List.of(session("s1", "working", at)), List.of()));

        JsonNode live = liveSessions("").path("sessions").get(0);
        assertThat(fields(live)).containsExactlyElementsOf(SESSION_FIELDS);
        assertThat(live.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(live.path("sessionId").asString()).isEqualTo("s1");
        assertThat(live.path("projectHash").asString()).isEmpty();
        assertThat(live.path("status").asString()).isEqualTo("working");
        assertThat(live.path("lastReadOffset").asLong()).isZero();
        assertThat(live.path("isSubagent").asBoolean(true)).isFalse();
        assertThat(live.path("startedAt").asLong()).isEqualTo(at - 60_000);
        assertThat(live.path("lastActivityAt").asLong()).isEqualTo(at);
        assertThat(live.path("tokenUsage").toString()).isEqualTo("{\"inputTokens\":100,\"outputTokens\":50,\"cacheCreationTokens\":0,"
                + "\"cacheReadTokens\":0,\"ephemeral5mTokens\":null,\"ephemeral1hTokens\":null}");
        for (String absent : List.of("gitBranch", "goal", "recentOutput", "pendingToolUse", "performanceMetrics", "model", "parentSessionId")) {
            assertThat(live.path(absent).isNull()).as(absent).isTrue();
        }
        assertThat(live.path("createdAt").asString()).matches(ISO_MILLIS);
        assertThat(live.path("updatedAt").asString()).isEqualTo(live.path("createdAt").asString());
        assertThat(history("").path("sessions").get(0)).isEqualTo(live);
        assertThat(status().path("sessionCount").asInt()).isEqualTo(1);
    }

    @Test
    void every_reported_field_is_kept_live_and_in_the_history() {
        registered("d1");
        long at = now();
        Map<String, Object> full = session("s1", "waiting_for_approval", at);
        full.put("projectHash", "-work-app");
        full.put("gitBranch", "feature/x");
        full.put("goal", "g".repeat(500));
        full.put("recentOutput", "ö".repeat(1000));
        full.put("pendingToolUse", Map.of("toolName", "Bash", "toolId", "toolu_01"));
        full.put("tokenUsage", Map.of("inputTokens", 1, "outputTokens", 2, "cacheCreationTokens", 3, "cacheReadTokens", 4,
                "ephemeral5mTokens", 5, "ephemeral1hTokens", 9_007_199_254_740_993L));
        full.put("model", "claude-opus-4-5");
        full.put("lastReadOffset", 123_456);
        full.put("isSubagent", true);
        full.put("parentSessionId", "parent-1");
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("compactionCount", 1);
        metrics.put("lastCompactionAt", at - 5);
        metrics.put("compactionEvents", List.of(Map.of("type", "microcompact", "timestamp", at - 5, "trigger", "auto", "preTokens", 150_000,
                "tokensSaved", 40_000, "sessionId", "s1")));
        metrics.put("recentTurns", List.of(Map.of("turnNumber", 2, "inputTokens", 10, "outputTokens", 20, "cacheReadTokens", 30,
                "cacheCreationTokens", 40, "timestamp", at - 1)));
        metrics.put("cacheHitRatio", 0.75);
        metrics.put("contextWindowUsed", 120_000);
        metrics.put("contextWindowLimit", 200_000);
        metrics.put("contextPressure", 0.6);
        metrics.put("healthStatus", "warning");
        full.put("performanceMetrics", metrics);

        assertOk(ingest("d1", List.of(full), List.of()));

        JsonNode live = liveSessions("").path("sessions").get(0);
        for (String field : List.of("projectHash", "gitBranch", "goal", "recentOutput", "model", "parentSessionId", "status")) {
            assertThat(live.path(field).asString()).as(field).isEqualTo(full.get(field));
        }
        assertThat(live.path("lastReadOffset").asLong()).isEqualTo(123_456);
        assertThat(live.path("isSubagent").asBoolean()).isTrue();
        assertThat(live.path("pendingToolUse").toString()).isEqualTo("{\"toolName\":\"Bash\",\"toolId\":\"toolu_01\"}");
        assertThat(live.at("/tokenUsage/ephemeral1hTokens").asLong()).isEqualTo(9_007_199_254_740_993L);
        JsonNode liveMetrics = live.path("performanceMetrics");
        assertThat(liveMetrics.path("healthStatus").asString()).isEqualTo("warning");
        assertThat(liveMetrics.path("cacheHitRatio").asDouble()).isEqualTo(0.75);
        assertThat(liveMetrics.at("/compactionEvents/0/type").asString()).isEqualTo("microcompact");
        assertThat(liveMetrics.at("/compactionEvents/0/tokensSaved").asLong()).isEqualTo(40_000);
        assertThat(liveMetrics.at("/compactionEvents/0/parentSessionId").isNull()).isTrue();
        assertThat(liveMetrics.at("/recentTurns/0/cacheCreationTokens").asLong()).isEqualTo(40);
        assertThat(history("").path("sessions").get(0)).isEqualTo(live);
    }

    @Test
    void performance_metrics_take_the_original_s_defaults() {
        registered("d1");

        assertOk(ingest("d1", List.of(with(session("s1", "idle", now()), "performanceMetrics", Map.of())), List.of()));

        assertThat(history("").at("/sessions/0/performanceMetrics").toString()).isEqualTo("{\"compactionCount\":0,"
                + "\"lastCompactionAt\":null,\"compactionEvents\":[],\"recentTurns\":[],\"cacheHitRatio\":0.0,"
                + "\"contextWindowUsed\":0,\"contextWindowLimit\":0,\"contextPressure\":0.0,\"healthStatus\":\"healthy\"}");
    }

    @Test
    void an_ingest_without_sessions_or_removals_is_accepted() {
        registered("d1");

        assertOk(api().post(BASE + "/ingest", json("{'daemonId':'d1'}")));
        assertOk(api().post(BASE + "/ingest", json("{'daemonId':'d1','sessions':[],'removedSessionIds':[]}")));
    }

    @Test
    void a_malformed_session_refuses_the_whole_ingest() {
        registered("d1");
        Map<String, Object> good = session("good", "idle", now());
        List<Map<String, Object>> malformed = List.of(with(good, "sessionId", ""), with(good, "filePath", null),
                with(good, "cwd", 5), with(good, "projectName", null), with(good, "status", "done"), with(good, "messageCount", -1),
                with(good, "turnCount", 1.5), with(good, "tokenUsage", null), with(good, "tokenUsage", Map.of("inputTokens", -1)),
                with(good, "tokenUsage", Map.of("outputTokens", "5")), with(good, "startedAt", null),
                with(good, "lastActivityAt", "yesterday"), with(good, "lastReadOffset", -1), with(good, "isSubagent", "no"),
                with(good, "goal", "g".repeat(501)), with(good, "recentOutput", "r".repeat(1001)),
                with(good, "pendingToolUse", Map.of("toolName", "Bash")), with(good, "pendingToolUse", "Bash"),
                with(good, "performanceMetrics", Map.of("cacheHitRatio", 1.5)),
                with(good, "performanceMetrics", Map.of("contextPressure", -0.1)),
                with(good, "performanceMetrics", Map.of("healthStatus", "fine")),
                with(good, "performanceMetrics", Map.of("compactionEvents", List.of(Map.of("type", "big", "timestamp", 1, "trigger", "auto",
                        "preTokens", 1, "sessionId", "s")))),
                with(good, "performanceMetrics", Map.of("recentTurns", List.of(Map.of("turnNumber", 1)))));
        for (Map<String, Object> session : malformed) {
            ApiResponse response = ingest("d1", List.of(good, session), List.of());

            assertError(response, 400, "VALIDATION_ERROR");
            assertThat(response.errorMessage()).as(session.toString()).startsWith("Session 1: ");
        }
        for (String body : List.of(json("{'sessions':[]}"), json("{'daemonId':'d1','sessions':{}}"), json("{'daemonId':'d1','sessions':[1]}"),
                json("{'daemonId':'d1','removedSessionIds':[1]}"), json("{'daemonId':'d1','removedSessionIds':'s1'}"))) {
            assertError(api().post(BASE + "/ingest", body), 400, "VALIDATION_ERROR");
        }
        assertThat(history("").path("total").asLong()).isZero();
        assertThat(liveSessions("").path("total").asInt()).isZero();
    }

    @Test
    void more_than_500_sessions_or_removed_ids_in_one_ingest_are_refused() {
        registered("d1");
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            sessions.add(session("s" + i, "idle", now()));
            removed.add("s" + i);
        }

        assertError(ingest("d1", sessions, List.of()), 400, "VALIDATION_ERROR");
        assertError(ingest("d1", List.of(), removed), 400, "VALIDATION_ERROR");
        assertThat(history("").path("total").asLong()).isZero();
    }

    @Test
    void an_ingest_of_500_sessions_over_1_mib_is_stored_at_once_and_read_back_from_the_history() {
        registered("d1");
        long at = now();
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> session = session(String.format("s%03d", i), i % 2 == 0 ? "working" : "idle", at - i);
            session.put("projectHash", i < 100 ? "hash-a" : "hash-b");
            session.put("goal", "g".repeat(500));
            session.put("recentOutput", "ö".repeat(1000));
            sessions.add(session);
        }
        String body = ingestBody("d1", sessions, List.of());
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).as("above the general body limit").isGreaterThan(1024 * 1024);

        assertOk(api().post(BASE + "/ingest", body));

        JsonNode all = history("?limit=500");
        assertThat(all.path("total").asLong()).isEqualTo(500);
        assertThat(ids(all.path("sessions"))).hasSize(500).startsWith("s000", "s001").endsWith("s499");
        JsonNode byDefault = history("");
        assertThat(byDefault.path("sessions").size()).isEqualTo(100);
        assertThat(byDefault.path("total").asLong()).isEqualTo(500);
        JsonNode projectA = history("?projectHash=hash-a&since=" + (at - 50) + "&limit=10");
        assertThat(ids(projectA.path("sessions"))).containsExactly("s000", "s001", "s002", "s003", "s004", "s005", "s006", "s007",
                "s008", "s009");
        assertThat(projectA.path("total").asLong()).isEqualTo(50);
        assertThat(liveSessions("").path("total").asInt()).isEqualTo(500);
        assertThat(status().path("sessionCount").asInt()).isEqualTo(500);
    }

    @Test
    void a_session_inactive_for_more_than_7_days_is_neither_live_nor_stored() {
        registered("d1");

        assertOk(ingest("d1", List.of(session("fresh", "idle", now()), session("stale", "idle", now() - 8 * DAY)), List.of()));

        assertThat(ids(liveSessions("").path("sessions"))).containsExactly("fresh");
        assertThat(ids(history("").path("sessions"))).containsExactly("fresh");
    }

    @Test
    void a_session_reported_again_replaces_the_stored_one() {
        registered("d1");
        assertOk(ingest("d1", List.of(session("s1", "working", now() - 1_000)), List.of()));
        JsonNode first = history("").path("sessions").get(0);

        assertOk(ingest("d1", List.of(with(session("s1", "waiting_for_input", now()), "goal", "Ship it")), List.of()));

        JsonNode second = history("").path("sessions").get(0);
        assertThat(history("").path("total").asLong()).isEqualTo(1);
        assertThat(second.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(second.path("createdAt").asString()).isEqualTo(first.path("createdAt").asString());
        assertThat(second.path("status").asString()).isEqualTo("waiting_for_input");
        assertThat(second.path("goal").asString()).isEqualTo("Ship it");
        assertThat(liveSessions("").path("sessions").get(0)).isEqualTo(second);
    }

    @Test
    void removed_sessions_leave_the_live_view_and_the_store() {
        registered("d1");
        assertOk(ingest("d1", List.of(session("s1", "idle", now()), session("s2", "idle", now())), List.of()));

        assertOk(ingest("d1", List.of(), List.of("s1", "never-seen")));

        assertThat(ids(liveSessions("").path("sessions"))).containsExactly("s2");
        assertThat(ids(history("").path("sessions"))).containsExactly("s2");
    }

    // ------------------------------------------------------------------------------------------- live view

    @Test
    void the_live_sessions_are_listed_most_recently_active_first_and_paged_only_when_asked() {
        registered("d1");
        long at = now();
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(session("s" + i, "idle", at - i * 1_000));
        }
        assertOk(ingest("d1", sessions, List.of()));

        JsonNode all = liveSessions("");
        assertThat(fields(all)).containsExactly("sessions", "total", "connected");
        assertThat(ids(all.path("sessions"))).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(all.path("total").asInt()).isEqualTo(5);
        assertThat(all.path("connected").asBoolean()).isTrue();
        assertThat(ids(liveSessions("?limit=2&offset=1").path("sessions"))).containsExactly("s1", "s2");
        assertThat(liveSessions("?limit=2&offset=1").path("total").asInt()).isEqualTo(5);
        assertThat(ids(liveSessions("?offset=3").path("sessions"))).containsExactly("s3", "s4");
        assertThat(ids(liveSessions("?limit=1").path("sessions"))).containsExactly("s0");
        assertThat(ids(liveSessions("?limit=").path("sessions"))).hasSize(5);
    }

    @Test
    void bad_paging_values_of_the_live_list_are_refused() {
        for (String query : List.of("limit=0", "limit=501", "limit=abc", "limit=1.5", "offset=-1", "offset=x")) {
            assertError(api().get(BASE + "/sessions?" + query), 400, "VALIDATION_ERROR");
        }
    }

    @Test
    void another_daemon_registering_empties_the_live_view_but_not_the_history() {
        registered("d1");
        assertOk(ingest("d1", List.of(session("s1", "idle", now())), List.of()));

        registered("d2");

        JsonNode live = liveSessions("");
        assertThat(live.path("total").asInt()).isZero();
        assertThat(live.path("connected").asBoolean()).isTrue();
        assertThat(status().at("/daemon/daemonId").asString()).isEqualTo("d2");
        assertThat(ids(history("").path("sessions"))).containsExactly("s1");
    }

    @Test
    void deregistering_answers_ok_even_for_an_unknown_daemon_and_the_daemon_s_own_one_disconnects_it() {
        registered("d1");
        assertOk(ingest("d1", List.of(session("s1", "idle", now())), List.of()));

        assertOk(api().post(BASE + "/deregister", json("{'daemonId':'someone-else'}")));
        assertThat(status().path("connected").asBoolean()).isTrue();
        assertOk(api().post(BASE + "/deregister", json("{'daemonId':'d1'}")));

        JsonNode status = status();
        assertThat(status.path("connected").asBoolean(true)).isFalse();
        assertThat(status.path("daemon").isNull()).isTrue();
        assertThat(status.path("sessionCount").asInt()).isZero();
        assertThat(liveSessions("").path("connected").asBoolean(true)).isFalse();
        assertThat(ids(history("").path("sessions"))).containsExactly("s1");
        assertOk(api().post(BASE + "/deregister", json("{'daemonId':'d1'}")));
        for (String body : List.of(json("{}"), json("{'daemonId':''}"), json("{'daemonId':5}"), "[]")) {
            assertError(api().post(BASE + "/deregister", body), 400, "VALIDATION_ERROR");
        }
    }

    // ------------------------------------------------------------------------------------------- history

    @Test
    void the_history_filters_by_project_and_strictly_by_time_and_counts_every_match() {
        registered("d1");
        long at = now();
        assertOk(ingest("d1", List.of(with(session("a1", "idle", at - 3_000), "projectHash", "a"),
                with(session("b1", "idle", at - 2_000), "projectHash", "b"), with(session("a2", "idle", at - 1_000), "projectHash", "a")),
                List.of()));
        assertOk(api().post(BASE + "/deregister", json("{'daemonId':'d1'}")));

        JsonNode all = history("");
        assertThat(fields(all)).containsExactly("sessions", "total");
        assertThat(ids(all.path("sessions"))).containsExactly("a2", "b1", "a1");
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(ids(history("?projectHash=a").path("sessions"))).containsExactly("a2", "a1");
        assertThat(ids(history("?since=" + (at - 2_000)).path("sessions"))).containsExactly("a2");
        assertThat(ids(history("?projectHash=b&since=" + (at - 2_001)).path("sessions"))).containsExactly("b1");
        assertThat(history("?limit=1").path("sessions").size()).isEqualTo(1);
        assertThat(history("?limit=1").path("total").asLong()).isEqualTo(3);
        assertThat(history("?projectHash=").path("total").asLong()).isEqualTo(3);
        assertThat(history("?projectHash=none").path("total").asLong()).isZero();
    }

    @Test
    void bad_history_values_are_refused() {
        for (String query : List.of("limit=0", "limit=501", "limit=x", "since=abc", "since=-1", "since=1.5")) {
            assertError(api().get(BASE + "/history?" + query), 400, "VALIDATION_ERROR");
        }
    }

    // ------------------------------------------------------------------------------------------- retention

    @Test
    void the_retention_job_deletes_sessions_inactive_for_longer_than_7_days_by_default() {
        storedSession("recent", now() - 6 * DAY);
        storedSession("old", now() - 10 * DAY);

        assertThat(runRetention()).isEqualTo(1);

        assertThat(ids(history("").path("sessions"))).containsExactly("recent");
    }

    @Test
    void the_retention_job_honours_the_setting_the_web_client_writes_as_a_string() {
        assertThat(api().put("/api/settings", json("{'settings':{'cliMonitor.retentionDays':'30'}}")).status()).isEqualTo(200);
        storedSession("ten-days", now() - 10 * DAY);
        storedSession("forty-days", now() - 40 * DAY);

        assertThat(runRetention()).isEqualTo(1);
        assertThat(ids(history("").path("sessions"))).containsExactly("ten-days");

        assertThat(api().put("/api/settings", json("{'settings':{'cliMonitor.retentionDays':5}}")).status()).isEqualTo(200);
        assertThat(runRetention()).isEqualTo(1);
        assertThat(history("").path("total").asLong()).isZero();
    }

    @Test
    void an_invalid_retention_setting_means_7_days() {
        assertThat(api().put("/api/settings", json("{'settings':{'cliMonitor.retentionDays':'forever'}}")).status()).isEqualTo(200);
        storedSession("six-days", now() - 6 * DAY);
        storedSession("eight-days", now() - 8 * DAY);

        assertThat(runRetention()).isEqualTo(1);
        assertThat(ids(history("").path("sessions"))).containsExactly("six-days");
    }

    // ------------------------------------------------------------------------------------------- stream

    private SseClient connect() {
        SseClient client = SseClient.connect(api().uri(BASE + "/stream"));
        assertThat(client.status()).isEqualTo(200);
        return client;
    }

    /** The next frame with data: unnamed, without an id, its JSON an object whose fields are exactly {@code fields}. */
    private static JsonNode nextFrame(SseClient client, String type, String... fields) throws InterruptedException {
        Frame frame = client.nextData(WAIT);
        assertThat(frame.rawLines()).noneMatch(line -> line.startsWith("event:") || line.startsWith("id:"));
        JsonNode json = frame.json();
        assertThat(json.path("type").asString()).as(frame.data()).isEqualTo(type);
        assertThat(fields(json)).as(frame.data()).containsExactly(fields);
        return json;
    }

    @Test
    void a_stream_starts_with_a_snapshot_of_the_live_sessions_and_the_daemon() throws Exception {
        registered("d1");
        assertOk(ingest("d1", List.of(session("s1", "working", now() - 5)), List.of()));

        Map<String, String> head = SseClient.rawHead(api().uri(BASE + "/stream"));
        assertThat(head.get(":status")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.get("content-type")).startsWith("text/event-stream");
        assertThat(head.get("cache-control")).isEqualTo("no-cache");
        assertThat(head.get("connection")).isEqualTo("keep-alive");
        try (SseClient client = connect()) {
            JsonNode snapshot = nextFrame(client, "cli-monitor:snapshot", "type", "sessions", "daemon", "connected");
            assertThat(snapshot.path("connected").asBoolean()).isTrue();
            assertThat(fields(snapshot.path("daemon"))).containsExactlyElementsOf(DAEMON_FIELDS);
            assertThat(snapshot.at("/daemon/daemonId").asString()).isEqualTo("d1");
            assertThat(snapshot.path("sessions").size()).isEqualTo(1);
            assertThat(snapshot.path("sessions").get(0)).isEqualTo(liveSessions("").path("sessions").get(0));
        }
    }

    @Test
    void without_live_sessions_the_snapshot_shows_the_stored_ones() throws Exception {
        long at = now();
        for (int i = 0; i < 105; i++) {
            storedSession(String.format("old-%03d", i), at - DAY - i);
        }

        try (SseClient client = connect()) {
            JsonNode snapshot = nextFrame(client, "cli-monitor:snapshot", "type", "sessions", "daemon", "connected");
            assertThat(snapshot.path("connected").asBoolean(true)).isFalse();
            assertThat(snapshot.path("daemon").isNull()).isTrue();
            assertThat(snapshot.path("sessions").size()).isEqualTo(100);
            assertThat(snapshot.at("/sessions/0/sessionId").asString()).isEqualTo("old-000");
        }
    }

    @Test
    void every_change_after_the_snapshot_reaches_the_stream_as_an_unnamed_frame_of_the_original_s_shape() throws Exception {
        registered("d1");
        try (SseClient client = connect()) {
            nextFrame(client, "cli-monitor:snapshot", "type", "sessions", "daemon", "connected");

            assertOk(ingest("d1", List.of(session("s1", "working", now())), List.of()));
            JsonNode created = nextFrame(client, "cli-monitor:session-update", "type", "session", "previousStatus");
            assertThat(created.path("previousStatus").isNull()).isTrue();
            assertThat(fields(created.path("session"))).containsExactlyElementsOf(SESSION_FIELDS);
            assertThat(created.at("/session/sessionId").asString()).isEqualTo("s1");

            assertOk(ingest("d1", List.of(session("s1", "waiting_for_approval", now())), List.of()));
            JsonNode updated = nextFrame(client, "cli-monitor:session-update", "type", "session", "previousStatus");
            assertThat(updated.path("previousStatus").asString()).isEqualTo("working");
            assertThat(updated.at("/session/status").asString()).isEqualTo("waiting_for_approval");
            JsonNode change = nextFrame(client, "cli-monitor:status-change", "type", "sessionId", "previousStatus", "newStatus",
                    "timestamp");
            assertThat(change.path("sessionId").asString()).isEqualTo("s1");
            assertThat(change.path("previousStatus").asString()).isEqualTo("working");
            assertThat(change.path("newStatus").asString()).isEqualTo("waiting_for_approval");
            assertThat(change.path("timestamp").asLong()).isBetween(now() - 60_000, now());

            assertOk(ingest("d1", List.of(), List.of("s1")));
            assertThat(nextFrame(client, "cli-monitor:session-removed", "type", "sessionId").path("sessionId").asString()).isEqualTo("s1");

            assertOk(api().post(BASE + "/deregister", json("{'daemonId':'d1'}")));
            nextFrame(client, "cli-monitor:daemon-disconnected", "type");

            registered("d2");
            JsonNode connected = nextFrame(client, "cli-monitor:daemon-connected", "type", "daemon");
            assertThat(connected.at("/daemon/daemonId").asString()).isEqualTo("d2");
        }
    }

    @Test
    void an_idle_stream_sends_ping_comments() throws Exception {
        try (SseClient client = connect()) {
            client.nextData(WAIT);

            assertThat(client.next(WAIT).rawLines()).containsExactly(": ping");
            assertThat(client.next(WAIT).rawLines()).containsExactly(": ping");
        }
    }

    @Test
    void a_51st_stream_is_refused_until_one_of_the_50_closes() throws Exception {
        List<SseClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                clients.add(connectOnceAPlaceIsFree());
            }

            ApiResponse refused = api().get(BASE + "/stream", "Accept", "text/event-stream");
            assertError(refused, 429, "TOO_MANY_CONNECTIONS");
            assertThat(refused.header("Content-Type")).startsWith("application/json");

            clients.remove(0).close();
            clients.add(connectOnceAPlaceIsFree());
        } finally {
            clients.forEach(SseClient::close);
        }
    }

    /** Streams of clients that left free their place at the next keep-alive: retry until then. */
    private SseClient connectOnceAPlaceIsFree() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            SseClient client = SseClient.connect(api().uri(BASE + "/stream"));
            if (client.status() == 200) {
                client.nextData(WAIT);
                return client;
            }
            assertThat(client.status()).isEqualTo(429);
            client.close();
            assertThat(System.nanoTime()).as("a place within %s", WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
