package dev.agentpane.application.port.out;

import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.DuplicateApiKeyServiceException;
import java.time.Instant;
import java.util.Optional;

/** The stored keys of external services, one per service, addressed by service as the routes do. */
public interface ApiKeyRepository {
    /** @throws DuplicateApiKeyServiceException when the service has a key already */
    void insert(ApiKey apiKey);

    /** Stores {@code apiKey} as the only key of its service, in place of any key the service had. */
    void replaceForService(ApiKey apiKey);

    Optional<ApiKey> findByService(String service);

    /** Marks the key of {@code service} invalid; returns false when the service has no key. */
    boolean markInvalid(String service, Instant updatedAt);

    /** Returns false when the service had no key. */
    boolean deleteByService(String service);
}
