package dev.agentpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.project.ProjectService;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.FakeBackedServer;
import java.lang.reflect.Proxy;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** An exception nobody expected becomes a 500 whose message reveals nothing of it. */
class UnexpectedErrorTest {
    private static final String SECRET = "SELECT password FROM users -- host=db.internal";

    @Test
    void an_unexpected_failure_is_a_500_without_its_text() throws Exception {
        InMemoryStores stores = new InMemoryStores();
        ProjectRepository failing = (ProjectRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProjectRepository.class}, (proxy, method, args) -> {
                    throw new IllegalStateException(SECRET);
                });
        try (FakeBackedServer server = FakeBackedServer.start(FakeBackedServer.settings(null, 1024 * 1024),
                context -> context.registerBean(ProjectService.class,
                        () -> new ProjectService(failing, stores.port(AgentRepository.class), stores.port(ProjectFilesPort.class),
                                stores.port(TransactionRunner.class), Clock.systemUTC())))) {
            ApiResponse response = server.client.get("/api/projects/" + ProjectId.generate(0));

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorCode()).isEqualTo("INTERNAL_ERROR");
            assertThat(response.errorMessage()).isEqualTo("An unexpected error occurred.");
            assertThat(response.body()).doesNotContain("password").doesNotContain("db.internal").doesNotContain("Exception");
        }
    }
}
