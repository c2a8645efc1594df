package dev.agentpane.persistence.marketplace;

import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

public class MyBatisMarketplaceRepository implements MarketplaceRepository {
    private final MarketplaceMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final MarketplaceRowConverter converter = MarketplaceRowConverter.INSTANCE;

    public MyBatisMarketplaceRepository(MarketplaceMapper mapper, UniqueViolations uniqueViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
    }

    @Override
    public void insert(Marketplace marketplace) {
        refusingDuplicates(marketplace, () -> {
            mapper.insert(converter.toRow(marketplace));
            return null;
        });
    }

    @Override
    public boolean update(Marketplace marketplace) {
        return refusingDuplicates(marketplace, () -> mapper.update(converter.toRow(marketplace)) == 1);
    }

    /** The repository is the only unique key besides the id, and ids are generated (or the fixed seed id, checked first). */
    private <T> T refusingDuplicates(Marketplace marketplace, Supplier<T> write) {
        return uniqueViolations.translating(write, () -> new DuplicateMarketplaceRepositoryException(marketplace.githubOwner(), marketplace.githubRepo()));
    }

    @Override
    public Optional<Marketplace> findById(MarketplaceId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toMarketplace);
    }

    @Override
    public List<Marketplace> findListed(boolean includeDisabled, int limit) {
        return toMarketplaces(mapper.findListed(includeDisabled, limit));
    }

    @Override
    public long countListed(boolean includeDisabled) {
        return mapper.countListed(includeDisabled);
    }

    @Override
    public List<Marketplace> findEnabled() {
        return toMarketplaces(mapper.findListed(false, null));
    }

    private List<Marketplace> toMarketplaces(List<MarketplaceRow> rows) {
        return rows.stream().map(converter::toMarketplace).toList();
    }

    @Override
    public Optional<Marketplace> findDefault() {
        return Optional.ofNullable(mapper.findDefault()).map(converter::toMarketplace);
    }

    @Override
    public boolean deleteById(MarketplaceId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
