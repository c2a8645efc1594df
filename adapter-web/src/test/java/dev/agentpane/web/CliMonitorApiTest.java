package dev.agentpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.climonitor.CliMonitorService;
import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.CliMonitorApiContract;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.SseClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The CLI monitor route contract against the web adapter over in-memory fakes, and the server's stop with streams open. */
class CliMonitorApiTest extends CliMonitorApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open(KEEP_ALIVE);
    }

    @Test
    void stopping_the_server_ends_open_cli_monitor_streams_at_once() throws Exception {
        FakeBackedServer stopping = FakeBackedServer.open(Duration.ofSeconds(15));
        SseClient first = SseClient.connect(stopping.client().uri("/api/cli-monitor/stream"));
        SseClient second = SseClient.connect(stopping.client().uri("/api/cli-monitor/stream"));
        first.nextData(Duration.ofSeconds(5));
        second.nextData(Duration.ofSeconds(5));
        assertThat(stopping.bean(CliMonitorService.class).openStreams()).isEqualTo(2);

        long start = System.nanoTime();
        stopping.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(first.endsWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(second.endsWithin(Duration.ofSeconds(5))).isTrue();
        first.close();
        second.close();
    }
}
