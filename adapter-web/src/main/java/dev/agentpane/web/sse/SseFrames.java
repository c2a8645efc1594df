package dev.agentpane.web.sse;

import java.io.IOException;

/**
 * The part every stream listener shares: keep-alives are {@code : ping} comments, the stream's end finishes the
 * response. A subclass implements its stream's listener interface and writes the events; these methods complete it.
 */
public abstract class SseFrames {
    protected final SseChannel channel;

    protected SseFrames(SseChannel channel) {
        this.channel = channel;
    }

    public void onKeepAlive() throws IOException {
        channel.ping();
    }

    public void onClosed() {
        channel.finish();
    }
}
