package dev.agentpane.persistence.marketplace;

import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.MarketplaceStatus;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Marketplace ⇄ row. Rows become marketplaces (and cached plugins) through the validating constructors. */
@Mapper
public interface MarketplaceRowConverter {
    MarketplaceRowConverter INSTANCE = Mappers.getMapper(MarketplaceRowConverter.class);

    MarketplaceRow toRow(Marketplace marketplace);

    Marketplace toMarketplace(MarketplaceRow row);

    default String idValue(MarketplaceId id) {
        return id.value();
    }

    default MarketplaceId marketplaceId(String value) {
        return MarketplaceId.of(value);
    }

    default String statusValue(MarketplaceStatus status) {
        return status.wireValue();
    }

    default MarketplaceStatus status(String value) {
        return WireValue.parse(MarketplaceStatus.class, value, "status");
    }

    default String cachedPluginsJson(List<CachedPlugin> plugins) {
        return JsonCodec.write(plugins);
    }

    /** A null column (never synced) reads as no plugins. */
    default List<CachedPlugin> cachedPlugins(String json) {
        return JsonCodec.readList(json, CachedPlugin.class);
    }
}
