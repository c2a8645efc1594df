package dev.agentpane.application.port.in.climonitor;

/** The live view's sessions, most recently active first. */
public interface ListLiveCliSessionsUseCase {
    LiveCliSessionPage list(ListLiveCliSessionsQuery query);
}
