package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.DuplicateApiKeyServiceException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryApiKeyRepository implements ApiKeyRepository, InMemoryStore {
    private final Map<String, ApiKey> keysByService = new LinkedHashMap<>();

    @Override
    public synchronized void insert(ApiKey apiKey) {
        if (keysByService.containsKey(apiKey.service())) {
            throw new DuplicateApiKeyServiceException(apiKey.service());
        }
        keysByService.put(apiKey.service(), apiKey);
    }

    @Override
    public synchronized void replaceForService(ApiKey apiKey) {
        keysByService.put(apiKey.service(), apiKey);
    }

    @Override
    public synchronized Optional<ApiKey> findByService(String service) {
        return Optional.ofNullable(keysByService.get(service));
    }

    @Override
    public synchronized boolean markInvalid(String service, Instant updatedAt) {
        ApiKey key = keysByService.get(service);
        if (key == null) {
            return false;
        }
        keysByService.put(service, ApiKey.withId(key.id(), key.service(), key.encryptedKey(), key.maskedKey(), false,
                key.lastValidatedAt(), key.createdAt(), updatedAt));
        return true;
    }

    @Override
    public synchronized boolean deleteByService(String service) {
        return keysByService.remove(service) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(keysByService);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        keysByService.clear();
        keysByService.putAll((Map<String, ApiKey>) snapshot);
    }

    @Override
    public synchronized void clear() {
        keysByService.clear();
    }
}
