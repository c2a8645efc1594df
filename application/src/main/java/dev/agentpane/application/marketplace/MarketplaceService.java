package dev.agentpane.application.marketplace;

import dev.agentpane.application.port.in.marketplace.CreateMarketplaceCommand;
import dev.agentpane.application.port.in.marketplace.CreateMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.DeleteMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.GetMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsQuery;
import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsUseCase;
import dev.agentpane.application.port.in.marketplace.ListMarketplacesQuery;
import dev.agentpane.application.port.in.marketplace.ListMarketplacesUseCase;
import dev.agentpane.application.port.in.marketplace.MarketplacePage;
import dev.agentpane.application.port.in.marketplace.SeedDefaultMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.SyncMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.UpdateMarketplaceCommand;
import dev.agentpane.application.port.in.marketplace.UpdateMarketplaceUseCase;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.MarketplaceNotFoundException;
import dev.agentpane.domain.shared.SyncUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** The marketplaces' use cases (reference §4.12). Plugins are read from each enabled marketplace's cache. */
public class MarketplaceService implements CreateMarketplaceUseCase, GetMarketplaceUseCase, ListMarketplacesUseCase,
        UpdateMarketplaceUseCase, DeleteMarketplaceUseCase, SeedDefaultMarketplaceUseCase, ListMarketplacePluginsUseCase,
        SyncMarketplaceUseCase {

    private final MarketplaceRepository marketplaces;
    private final TransactionRunner transactions;
    private final Clock clock;

    public MarketplaceService(MarketplaceRepository marketplaces, TransactionRunner transactions, Clock clock) {
        this.marketplaces = marketplaces;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Marketplace create(CreateMarketplaceCommand command) {
        Marketplace marketplace = Marketplace.create(command.name(), command.repository().owner(), command.repository().repo(),
                command.branch(), command.pluginsPath(), now());
        transactions.inTransaction(() -> marketplaces.insert(marketplace));
        return marketplace;
    }

    @Override
    public Marketplace get(MarketplaceId id) {
        return marketplaces.findById(id).orElseThrow(() -> new MarketplaceNotFoundException(id));
    }

    @Override
    public MarketplacePage list(ListMarketplacesQuery query) {
        List<Marketplace> items = marketplaces.findListed(query.includeDisabled(), query.limit());
        long total = items.size() < query.limit() ? items.size() : marketplaces.countListed(query.includeDisabled());
        return new MarketplacePage(items, total);
    }

    @Override
    public Marketplace update(UpdateMarketplaceCommand command) {
        return transactions.inTransaction(() -> {
            Marketplace updated = get(command.id()).apply(command.change(), now());
            if (!marketplaces.update(updated)) {
                throw new MarketplaceNotFoundException(command.id());
            }
            return updated;
        });
    }

    @Override
    public void delete(MarketplaceId id) {
        transactions.inTransaction(() -> {
            get(id).requireDeletable();
            marketplaces.deleteById(id);
        });
    }

    /**
     * Two seeders racing both find no default and both insert the fixed id: the loser's insert breaks the primary key
     * and is rolled back, so it reports that it seeded nothing.
     */
    @Override
    public boolean seed() {
        try {
            return transactions.inTransaction(() -> {
                if (marketplaces.findById(Marketplace.DEFAULT_ID).isPresent() || marketplaces.findDefault().isPresent()) {
                    return false;
                }
                marketplaces.insert(Marketplace.builtInDefault(now()));
                return true;
            });
        } catch (DuplicateMarketplaceRepositoryException alreadySeeded) {
            return false;
        }
    }

    @Override
    public List<ListedPlugin> plugins(ListMarketplacePluginsQuery query) {
        Predicate<CachedPlugin> matches = plugin -> (query.category() == null || query.category().equals(plugin.category()))
                && (query.search() == null || containsIgnoringCase(plugin.name(), query.search())
                        || containsIgnoringCase(plugin.description(), query.search()));
        return marketplaces.findEnabled().stream()
                .filter(marketplace -> query.marketplaceId() == null || marketplace.id().equals(query.marketplaceId()))
                .flatMap(marketplace -> marketplace.cachedPlugins().stream().filter(matches)
                        .map(plugin -> new ListedPlugin(marketplace, plugin)))
                .toList();
    }

    @Override
    public List<String> categories() {
        return marketplaces.findEnabled().stream()
                .flatMap(marketplace -> marketplace.cachedPlugins().stream())
                .map(CachedPlugin::category)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public void sync(MarketplaceId id) {
        get(id);
        throw new SyncUnavailableException("GitHub");
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
