package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliSession;
import java.util.List;

/** @param total how many stored sessions match the query, whatever the limit */
public record CliSessionHistoryPage(List<CliSession> sessions, long total) {
    public CliSessionHistoryPage {
        sessions = List.copyOf(sessions);
    }
}
