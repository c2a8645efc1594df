package dev.agentpane.application.port.in.apikey;

import dev.agentpane.domain.apikey.ServiceName;

public interface DeleteApiKeyUseCase {
    /** Deletes the service's key; nothing happens when it has none. */
    void delete(ServiceName service);
}
