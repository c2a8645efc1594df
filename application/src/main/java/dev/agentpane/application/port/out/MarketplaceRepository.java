package dev.agentpane.application.port.out;

import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import java.util.List;
import java.util.Optional;

/** Marketplaces in the order the routes list them: the default one first, then the most recently updated. */
public interface MarketplaceRepository {
    /** @throws DuplicateMarketplaceRepositoryException when another marketplace has the same GitHub owner and repository */
    void insert(Marketplace marketplace);

    /**
     * Stores every field of an existing marketplace; returns false when no marketplace has its id.
     *
     * @throws DuplicateMarketplaceRepositoryException when another marketplace has the same GitHub owner and repository
     */
    boolean update(Marketplace marketplace);

    Optional<Marketplace> findById(MarketplaceId id);

    /** The first {@code limit} marketplaces, disabled ones only when {@code includeDisabled}. */
    List<Marketplace> findListed(boolean includeDisabled, int limit);

    /** How many marketplaces {@link #findListed} would return without a limit. */
    long countListed(boolean includeDisabled);

    /** Every enabled marketplace: the sources of the plugin listing. */
    List<Marketplace> findEnabled();

    /** The default marketplace; should several be flagged, the one created first. */
    Optional<Marketplace> findDefault();

    /** Returns false when no marketplace has the id. */
    boolean deleteById(MarketplaceId id);
}
