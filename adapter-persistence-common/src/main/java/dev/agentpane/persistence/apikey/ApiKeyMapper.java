package dev.agentpane.persistence.apikey;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code api_keys}; each dialect's {@code mybatis/<dialect>/ApiKeyMapper.xml} holds their SQL. */
@Mapper
public interface ApiKeyMapper {
    void insert(ApiKeyRow row);

    /** Inserts the row, or overwrites every column of the row of the same service (its id too). */
    void upsertByService(ApiKeyRow row);

    ApiKeyRow findByService(String service);

    int markInvalid(@Param("service") String service, @Param("updatedAt") Instant updatedAt);

    int deleteByService(String service);
}
