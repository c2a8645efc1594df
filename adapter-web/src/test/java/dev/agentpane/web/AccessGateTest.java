package dev.agentpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.FakeBackedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With AUTH_TOKEN set, every route but the health probes needs the token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessGateTest {
    private static final String TOKEN = "s3cret-token-value";
    private FakeBackedServer server;
    private ApiClient api;

    @BeforeAll
    void start() throws Exception {
        server = FakeBackedServer.start(FakeBackedServer.settings(TOKEN, 1024 * 1024), context -> {
        });
        api = server.client;
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_request_without_the_token_is_refused_with_the_original_message() {
        ApiResponse response = api.get("/api/projects");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(response.errorMessage()).isEqualTo("Authentication required. Provide session cookie or Authorization header.");
        assertThat(response.body()).doesNotContain(TOKEN);
        assertThat(api.get("/api/nothing").status()).isEqualTo(401);
    }

    @Test
    void a_wrong_token_is_refused_in_header_and_cookie() {
        assertThat(api.get("/api/projects", "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(api.get("/api/projects", "Authorization", "Bearer " + TOKEN + "x").status()).isEqualTo(401);
        assertThat(api.get("/api/projects", "Authorization", TOKEN).status()).isEqualTo(401);
        assertThat(api.get("/api/projects", "Cookie", "agentpane_session=wrong").status()).isEqualTo(401);
    }

    @Test
    void the_token_opens_every_route_as_bearer_or_as_session_cookie() {
        assertThat(api.get("/api/projects", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/projects", "Authorization", "bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/settings", "Cookie", "theme=dark; agentpane_session=" + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void health_probes_and_preflights_need_no_token() {
        for (String probe : new String[] {"/api/health", "/api/health/liveness", "/api/health/readiness", "/api/healthz", "/api/readyz"}) {
            assertThat(api.get(probe).status()).as(probe).isEqualTo(200);
        }
        ApiResponse preflight = api.send("OPTIONS", "/api/projects", null, null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.status()).isEqualTo(204);
    }
}
