package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.Session;
import java.util.List;

/** @param hasMore whether more sessions follow this page */
public record SessionPage(List<Session> items, boolean hasMore) {
    public SessionPage {
        items = List.copyOf(items);
    }
}
