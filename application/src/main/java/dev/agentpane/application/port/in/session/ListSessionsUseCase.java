package dev.agentpane.application.port.in.session;

public interface ListSessionsUseCase {
    SessionPage list(ListSessionsQuery query);
}
