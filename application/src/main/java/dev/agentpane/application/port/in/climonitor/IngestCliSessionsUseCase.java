package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.UnknownCliDaemonException;

/**
 * The registered daemon reports sessions and removals (reference §4.14). Everything it reports is stored, in one
 * transaction, before the call returns; then the live view changes and its watchers are told.
 */
public interface IngestCliSessionsUseCase {
    /** @throws UnknownCliDaemonException when the daemon is not the registered one; nothing is stored then */
    void ingest(IngestCliSessionsCommand command);
}
