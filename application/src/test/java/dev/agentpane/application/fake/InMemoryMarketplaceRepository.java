package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public class InMemoryMarketplaceRepository implements MarketplaceRepository, InMemoryStore {
    private static final Comparator<Marketplace> LISTING_ORDER = Comparator.comparing(Marketplace::isDefault)
            .thenComparing(Marketplace::updatedAt)
            .thenComparing(marketplace -> marketplace.id().value())
            .reversed();

    private final Map<MarketplaceId, Marketplace> marketplaces = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Marketplace marketplace) {
        if (marketplaces.containsKey(marketplace.id())) {
            throw new DuplicateMarketplaceRepositoryException(marketplace.githubOwner(), marketplace.githubRepo());
        }
        rejectTakenRepository(marketplace);
        marketplaces.put(marketplace.id(), marketplace);
    }

    @Override
    public synchronized boolean update(Marketplace marketplace) {
        if (!marketplaces.containsKey(marketplace.id())) {
            return false;
        }
        rejectTakenRepository(marketplace);
        marketplaces.put(marketplace.id(), marketplace);
        return true;
    }

    private void rejectTakenRepository(Marketplace marketplace) {
        if (marketplaces.values().stream().anyMatch(other -> !other.id().equals(marketplace.id())
                && other.githubOwner().equals(marketplace.githubOwner())
                && other.githubRepo().equals(marketplace.githubRepo()))) {
            throw new DuplicateMarketplaceRepositoryException(marketplace.githubOwner(), marketplace.githubRepo());
        }
    }

    @Override
    public synchronized Optional<Marketplace> findById(MarketplaceId id) {
        return Optional.ofNullable(marketplaces.get(id));
    }

    @Override
    public synchronized List<Marketplace> findListed(boolean includeDisabled, int limit) {
        return listed(includeDisabled).limit(limit).toList();
    }

    @Override
    public synchronized long countListed(boolean includeDisabled) {
        return listed(includeDisabled).count();
    }

    @Override
    public synchronized List<Marketplace> findEnabled() {
        return listed(false).toList();
    }

    private Stream<Marketplace> listed(boolean includeDisabled) {
        return marketplaces.values().stream()
                .filter(marketplace -> includeDisabled || marketplace.isEnabled())
                .sorted(LISTING_ORDER);
    }

    @Override
    public synchronized Optional<Marketplace> findDefault() {
        return marketplaces.values().stream()
                .filter(Marketplace::isDefault)
                .min(Comparator.comparing(Marketplace::createdAt).thenComparing(marketplace -> marketplace.id().value()));
    }

    @Override
    public synchronized boolean deleteById(MarketplaceId id) {
        return marketplaces.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(marketplaces);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        marketplaces.clear();
        marketplaces.putAll((Map<MarketplaceId, Marketplace>) snapshot);
    }

    @Override
    public synchronized void clear() {
        marketplaces.clear();
    }
}
