package dev.agentpane.application.port.in.apikey;

import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ServiceName;
import java.util.Optional;

public interface GetApiKeyUseCase {
    /** The service's key, encrypted and masked; empty when the service has none. Nothing is decrypted. */
    Optional<ApiKey> get(ServiceName service);
}
