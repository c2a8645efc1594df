package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.SseClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two application instances share one PostgreSQL 18 database: an event appended through one reaches, within one
 * second, a session stream open on the other (PostgreSQL LISTEN/NOTIFY carries the notice between them).
 */
class TwoInstanceStreamTest {

    @Test
    void an_event_appended_on_one_instance_reaches_a_stream_open_on_the_other() throws Exception {
        try (TestDatabase database = TestDatabase.postgres();
                RunningServer writer = RunningServer.start(database);
                RunningServer reader = RunningServer.start(database)) {
            String projectId = writer.api.post("/api/projects", json("{'name':'Shared','path':'/repos/shared'}")).json().at("/data/id")
                    .asString();
            String sessionId = writer.api.post("/api/sessions", json("{'projectId':'" + projectId + "','title':'Shared session'}"))
                    .json().at("/data/id").asString();

            try (SseClient stream = SseClient.connect(reader.api.uri("/api/sessions/" + sessionId + "/stream"))) {
                assertThat(stream.nextData(Duration.ofSeconds(5)).json().path("type").asString()).isEqualTo("connected");

                assertThat(writer.api.post("/api/sessions/" + sessionId + "/events",
                        json("{'type':'chunk','data':{'text':'from the other instance'}}")).status()).isEqualTo(201);

                SseClient.Frame frame = stream.nextData(Duration.ofSeconds(1));
                assertThat(frame).as("the event within one second").isNotNull();
                assertThat(frame.json().path("type").asString()).isEqualTo("chunk");
                assertThat(frame.json().path("offset").asLong()).isZero();
                assertThat(frame.json().at("/data/text").asString()).isEqualTo("from the other instance");
                assertThat(frame.id()).isEqualTo("0");
            }
        }
    }
}
