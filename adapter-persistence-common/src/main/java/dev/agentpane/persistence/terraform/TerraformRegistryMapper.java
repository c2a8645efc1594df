package dev.agentpane.persistence.terraform;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code terraform_registries}; each dialect's {@code mybatis/<dialect>/TerraformRegistryMapper.xml} holds their SQL. */
@Mapper
public interface TerraformRegistryMapper {
    void insert(TerraformRegistryRow row);

    int update(TerraformRegistryRow row);

    TerraformRegistryRow findById(String id);

    List<TerraformRegistryRow> findAll();

    List<TerraformRegistryRow> findDueForSync(Instant now);

    int deleteById(String id);
}
