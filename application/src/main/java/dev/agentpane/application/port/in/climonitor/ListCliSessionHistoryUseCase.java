package dev.agentpane.application.port.in.climonitor;

/** The stored sessions, most recently active first: the monitor's memory beyond the live view and across restarts. */
public interface ListCliSessionHistoryUseCase {
    CliSessionHistoryPage history(CliSessionHistoryQuery query);
}
