package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliSession;
import java.util.List;

/**
 * @param total     how many sessions the live view holds, whatever the page
 * @param connected whether a daemon is registered
 */
public record LiveCliSessionPage(List<CliSession> sessions, int total, boolean connected) {
    public LiveCliSessionPage {
        sessions = List.copyOf(sessions);
    }
}
