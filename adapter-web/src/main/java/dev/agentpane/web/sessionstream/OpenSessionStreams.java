package dev.agentpane.web.sessionstream;

import dev.agentpane.web.server.LongLivedResponses;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The session streams this server is sending now, so that stopping the server can end them first. */
public final class OpenSessionStreams implements LongLivedResponses {
    private final Set<SseChannel> channels = ConcurrentHashMap.newKeySet();
    private boolean ended; // guarded by this

    /** Returns false once the server is stopping: the stream must not start. */
    synchronized boolean add(SseChannel channel) {
        if (ended) {
            return false;
        }
        channels.add(channel);
        return true;
    }

    void remove(SseChannel channel) {
        channels.remove(channel);
    }

    synchronized boolean ending() {
        return ended;
    }

    public int size() {
        return channels.size();
    }

    @Override
    public void endAll() {
        List<SseChannel> open;
        synchronized (this) {
            ended = true;
            open = List.copyOf(channels);
        }
        open.forEach(SseChannel::end);
    }
}
