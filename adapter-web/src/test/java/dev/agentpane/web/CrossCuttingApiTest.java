package dev.agentpane.web;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.FakeBackedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Behaviour every route shares (reference §5.0), through real HTTP against the web adapter over fakes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossCuttingApiTest {
    private FakeBackedServer server;
    private ApiClient api;

    @BeforeAll
    void start() throws Exception {
        server = FakeBackedServer.start(FakeBackedServer.settings(null, 4096), context -> {
        });
        api = server.client;
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void emptyStores() {
        server.stores.reset();
        server.stores.setDatabaseHealth(DatabaseHealth.up(1, "memory", "in-memory"));
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void an_unknown_route_is_a_404_envelope() {
        ApiResponse response = api.get("/api/nothing-here");
        assertError(response, 404, "NOT_FOUND");
        assertThat(response.errorMessage()).isEqualTo("Route not found");
        assertError(api.get("/"), 404, "NOT_FOUND");
        assertError(api.get("/api/projects/x/y/z"), 404, "NOT_FOUND");
    }

    @Test
    void paths_that_jetty_refuses_itself_still_get_the_envelope_for_every_method() {
        for (String method : new String[] {"GET", "PATCH", "DELETE"}) {
            ApiResponse response = api.send(method, "/api/projects/a%2Fb", method.equals("PATCH") ? ApiClient.JSON : null,
                    method.equals("PATCH") ? "{}" : null);
            assertError(response, 400, "BAD_REQUEST");
        }
    }

    @Test
    void a_known_path_with_the_wrong_method_is_a_405_naming_the_allowed_ones() {
        ApiResponse response = api.delete("/api/settings");
        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET").contains("PUT");
    }

    @Test
    void malformed_json_is_invalid_json() {
        assertError(api.post("/api/projects", "{\"name\":"), 400, "INVALID_JSON");
        assertError(api.post("/api/projects", "{\"name\":\"a\",\"path\":\"/p\"} trailing"), 400, "INVALID_JSON");
        assertError(api.post("/api/projects", ""), 400, "INVALID_JSON");
        assertThat(api.post("/api/projects", "{bad").errorMessage()).isEqualTo("Invalid JSON in request body");
    }

    @Test
    void a_body_that_is_not_an_object_or_has_a_wrong_type_is_a_precise_validation_error() {
        assertError(api.post("/api/projects", "[1,2]"), 400, "VALIDATION_ERROR");
        assertError(api.post("/api/projects", "null"), 400, "VALIDATION_ERROR");
        ApiResponse wrongType = api.post("/api/projects", json("{'name':42,'path':'/p'}"));
        assertError(wrongType, 400, "VALIDATION_ERROR");
        assertThat(wrongType.errorMessage()).isEqualTo("name must be a string, received a number");
        assertThat(api.post("/api/projects", json("{'path':'/p'}")).errorMessage()).isEqualTo("Name is required");
        assertThat(api.post("/api/projects", json("{'name':'n'}")).errorMessage()).isEqualTo("Path is required");
    }

    @Test
    void json_arrives_as_application_json_text_plain_or_without_a_type_and_nothing_else() {
        assertThat(api.send("POST", "/api/projects", "text/plain;charset=UTF-8", json("{'name':'a','path':'/a'}")).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/projects", null, json("{'name':'b','path':'/b'}")).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/projects", "application/json; charset=utf-8", json("{'name':'c','path':'/c'}")).status())
                .isEqualTo(200);
        assertError(api.send("POST", "/api/projects", "application/xml", "<project/>"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(api.send("POST", "/api/projects", "application/x-www-form-urlencoded", "name=a&path=b"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_body_over_the_limit_is_refused_whether_its_length_is_announced_or_not() {
        String big = json("{'name':'" + "x".repeat(5000) + "','path':'/big'}");
        assertError(api.post("/api/projects", big), 413, "PAYLOAD_TOO_LARGE");
        assertError(api.sendChunked("POST", "/api/projects", big), 413, "PAYLOAD_TOO_LARGE");
        assertThat(api.get("/api/projects").json().path("data").path("totalCount").asLong()).isZero();
    }

    @Test
    void every_response_carries_cors_and_security_headers() {
        ApiResponse response = api.get("/api/projects", "Origin", "http://elsewhere.example");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(response.header("Vary")).contains("Origin");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-XSS-Protection")).isEqualTo("1; mode=block");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(api.get("/api/nothing").header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    }

    @Test
    void a_preflight_is_answered_204_with_the_allowed_methods() {
        ApiResponse response = api.send("OPTIONS", "/api/projects", null, null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "PATCH");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET,POST,PUT,PATCH,DELETE,OPTIONS");
        assertThat(response.header("Access-Control-Allow-Headers")).contains("Content-Type").contains("Authorization");
    }

    @Test
    void request_ids_are_echoed_when_sane_and_made_otherwise() {
        assertThat(api.get("/api/healthz", "X-Request-Id", "trace-123").header("X-Request-Id")).isEqualTo("trace-123");
        assertThat(api.get("/api/healthz").header("X-Request-Id")).matches("req-[0-9a-z]+-[0-9a-z]+");
        assertThat(api.get("/api/healthz", "X-Request-Id", "bad id with spaces").header("X-Request-Id")).startsWith("req-");
    }

    @Test
    void health_probes_answer_with_the_original_shapes() {
        assertThat(api.get("/api/healthz").body()).isEqualTo("{\"ok\":true,\"status\":\"alive\"}");
        assertThat(api.get("/api/health/liveness").body()).isEqualTo("{\"ok\":true,\"status\":\"alive\"}");
        assertThat(api.get("/api/readyz").body()).isEqualTo("{\"ok\":true,\"status\":\"ready\"}");
        ApiResponse readiness = api.get("/api/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("ready");
        assertThat(readiness.json().has("dbLatencyMs")).isTrue();

        ApiResponse health = api.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("ok").asBoolean()).isTrue();
        assertThat(health.json().at("/data/status").asString()).isEqualTo("healthy");
        assertThat(health.json().at("/data/timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(health.json().at("/data/checks/database/status").asString()).isEqualTo("ok");
        assertThat(health.json().at("/data/checks/database/version").asString()).isEqualTo("in-memory");
        assertThat(health.json().at("/data/checks/github/status").asString()).isEqualTo("not_configured");
    }

    @Test
    void a_database_that_is_down_makes_readiness_503_and_health_degraded() {
        server.stores.setDatabaseHealth(DatabaseHealth.down(5, "memory", "Database unavailable"));

        assertThat(api.get("/api/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/api/health/readiness").json().path("status").asString()).isEqualTo("not_ready");
        assertThat(api.get("/api/readyz").status()).isEqualTo(503);
        assertThat(api.get("/api/readyz").body()).isEqualTo("{\"ok\":false,\"status\":\"not_ready\"}");
        ApiResponse health = api.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("ok").asBoolean(true)).isFalse();
        assertThat(health.json().at("/data/status").asString()).isEqualTo("degraded");
        assertThat(health.json().at("/data/checks/database/status").asString()).isEqualTo("error");
        assertThat(api.get("/api/healthz").status()).isEqualTo(200);
    }
}
