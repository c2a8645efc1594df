package dev.agentpane.persistence.marketplace;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code marketplaces}; each dialect's {@code mybatis/<dialect>/MarketplaceMapper.xml} holds their SQL. */
@Mapper
public interface MarketplaceMapper {
    void insert(MarketplaceRow row);

    int update(MarketplaceRow row);

    MarketplaceRow findById(String id);

    /** Default first, then most recently updated; all of them when {@code limit} is null. */
    List<MarketplaceRow> findListed(@Param("includeDisabled") boolean includeDisabled, @Param("limit") Integer limit);

    long countListed(@Param("includeDisabled") boolean includeDisabled);

    MarketplaceRow findDefault();

    int deleteById(String id);
}
