package dev.agentpane.web.climonitor;

import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase.CliMonitorStream;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase.Listener;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.sse.OpenStreams;
import dev.agentpane.web.sse.SseChannel;
import dev.agentpane.web.sse.SseFrames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cli-monitor/stream} (reference §5.16): Server-Sent Events, unnamed frames. First a
 * {@code cli-monitor:snapshot} frame, then one frame per event, {@code : ping} comments while idle. More than
 * {@link StreamCliMonitorUseCase#MAX_STREAMS} open streams: 429 {@code TOO_MANY_CONNECTIONS}, as JSON.
 */
@RestController
public class CliMonitorStreamController {
    private final StreamCliMonitorUseCase streams;
    private final OpenStreams open;

    public CliMonitorStreamController(StreamCliMonitorUseCase streams, OpenStreams open) {
        this.streams = streams;
        this.open = open;
    }

    @GetMapping(CliMonitorController.BASE + "/stream")
    public void stream(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (open.ending()) {
            OpenStreams.refuseWhileStopping(response);
            return;
        }
        CliMonitorStream stream;
        try {
            stream = streams.open();
        } catch (StreamCliMonitorUseCase.TooManyStreamsException e) {
            OpenStreams.answerJson(response, 429, ApiEnvelope.failure(ErrorCode.TOO_MANY_CONNECTIONS, "SSE connection limit reached"));
            return;
        }
        String snapshot;
        try {
            snapshot = CliMonitorFrames.snapshot(stream.snapshot());
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        Optional<SseChannel> channel = open.begin(stream::close, snapshot, request, response);
        if (channel.isPresent()) {
            stream.start(new Frames(channel.get()));
        }
    }

    private static final class Frames extends SseFrames implements Listener {
        Frames(SseChannel channel) {
            super(channel);
        }

        @Override
        public void onEvent(CliMonitorEvent event) throws IOException {
            channel.data(CliMonitorFrames.event(event));
        }
    }
}
