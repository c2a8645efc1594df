package dev.agentpane.persistence.terraform;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Statements on {@code terraform_modules}; each dialect's {@code mybatis/<dialect>/TerraformModuleMapper.xml} holds
 * their SQL. {@code searchPattern} is a LIKE pattern whose wildcards in the user's text are escaped with a backslash.
 */
@Mapper
public interface TerraformModuleMapper {
    void insert(TerraformModuleRow row);

    int update(TerraformModuleRow row);

    TerraformModuleRow findById(String id);

    List<TerraformModuleRow> find(@Param("registryId") String registryId, @Param("provider") String provider,
            @Param("searchPattern") String searchPattern, @Param("limit") int limit);

    long count(@Param("registryId") String registryId, @Param("provider") String provider,
            @Param("searchPattern") String searchPattern);

    int deleteAllOfRegistry(String registryId);

    int deleteById(String id);
}
