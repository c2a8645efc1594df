package dev.agentpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.sessionstream.SessionStreamService;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.session.Session;
import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.SessionStreamApiContract;
import dev.agentpane.web.testing.SseClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The route contract against the web adapter over in-memory fakes, and the server's stop with streams open. */
class SessionStreamApiTest extends SessionStreamApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open(KEEP_ALIVE);
    }

    @Test
    void a_client_that_leaves_ends_its_stream_and_subscription() throws Exception {
        try (FakeBackedServer server = FakeBackedServer.open(KEEP_ALIVE)) {
            Instant now = Instant.now();
            Project project = Project.create("Leave", "/repos/leave", null, now);
            server.port(ProjectRepository.class).insert(project);
            Session session = Session.create(project.id(), null, null, null, "http://localhost:3001", now);
            server.port(SessionRepository.class).insert(session);
            SessionStreamService streams = server.bean(SessionStreamService.class);
            SseClient client = SseClient.connect(server.client().uri("/api/sessions/" + session.id() + "/stream"));
            client.nextData(Duration.ofSeconds(5));
            assertThat(streams.openStreams()).isEqualTo(1);

            client.close();

            // The server notices at its next write at the latest (a ping every KEEP_ALIVE).
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (streams.openStreams() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(streams.openStreams()).isZero();
        }
    }

    @Test
    void stopping_the_server_ends_open_streams_at_once() throws Exception {
        FakeBackedServer server = FakeBackedServer.open(Duration.ofSeconds(15));
        Instant now = Instant.now();
        Project project = Project.create("Stop", "/repos/stop", null, now);
        server.port(ProjectRepository.class).insert(project);
        Session session = Session.create(project.id(), null, null, null, "http://localhost:3001", now);
        server.port(SessionRepository.class).insert(session);
        SseClient first = SseClient.connect(server.client().uri("/api/sessions/" + session.id() + "/stream"));
        SseClient second = SseClient.connect(server.client().uri("/api/sessions/" + session.id() + "/stream?offset=3"));
        first.nextData(Duration.ofSeconds(5));
        second.nextData(Duration.ofSeconds(5));

        long start = System.nanoTime();
        server.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(first.endsWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(second.endsWithin(Duration.ofSeconds(5))).isTrue();
        first.close();
        second.close();
    }
}
