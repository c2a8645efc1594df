package dev.agentpane.persistence.apikey;

import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.DuplicateApiKeyServiceException;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.time.Instant;
import java.util.Optional;

public class MyBatisApiKeyRepository implements ApiKeyRepository {
    private final ApiKeyMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final ApiKeyRowConverter converter = ApiKeyRowConverter.INSTANCE;

    public MyBatisApiKeyRepository(ApiKeyMapper mapper, UniqueViolations uniqueViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
    }

    @Override
    public void insert(ApiKey apiKey) {
        uniqueViolations.translate(() -> mapper.insert(converter.toRow(apiKey)), () -> new DuplicateApiKeyServiceException(apiKey.service()));
    }

    /** One upsert statement: atomic without a transaction, where the original deleted and then inserted. */
    @Override
    public void replaceForService(ApiKey apiKey) {
        mapper.upsertByService(converter.toRow(apiKey));
    }

    @Override
    public Optional<ApiKey> findByService(String service) {
        return Optional.ofNullable(mapper.findByService(service)).map(converter::toApiKey);
    }

    @Override
    public boolean markInvalid(String service, Instant updatedAt) {
        return mapper.markInvalid(service, updatedAt) == 1;
    }

    @Override
    public boolean deleteByService(String service) {
        return mapper.deleteByService(service) == 1;
    }
}
