package dev.agentpane.persistence.apikey;

import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ApiKeyId;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** ApiKey ⇄ row. Rows become keys through the aggregate's validating constructor. */
@Mapper
public interface ApiKeyRowConverter {
    ApiKeyRowConverter INSTANCE = Mappers.getMapper(ApiKeyRowConverter.class);

    ApiKeyRow toRow(ApiKey apiKey);

    ApiKey toApiKey(ApiKeyRow row);

    default String idValue(ApiKeyId id) {
        return id.value();
    }

    default ApiKeyId apiKeyId(String value) {
        return ApiKeyId.of(value);
    }
}
