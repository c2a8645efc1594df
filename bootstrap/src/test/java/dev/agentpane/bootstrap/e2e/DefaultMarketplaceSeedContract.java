package dev.agentpane.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every start makes sure the built-in marketplace exists, on both databases alike (the original did so for SQLite
 * only), and never creates a second one.
 */
abstract class DefaultMarketplaceSeedContract {
    protected abstract TestDatabase openDatabase();

    private static JsonNode marketplaces(RunningServer server) {
        return server.api.get("/api/marketplaces?includeDisabled=true").json().path("data");
    }

    @Test
    void the_default_marketplace_is_there_from_the_first_start_and_stays_single_across_restarts() {
        try (TestDatabase database = openDatabase()) {
            try (RunningServer first = RunningServer.start(database, Map.of())) {
                JsonNode page = marketplaces(first);
                assertThat(page.path("totalCount").asInt()).isEqualTo(1);
                assertThat(page.at("/items/0/id").asString()).isEqualTo("anthropic-official-marketplace");
                assertThat(page.at("/items/0/isDefault").asBoolean()).isTrue();
                first.api.patch("/api/marketplaces/anthropic-official-marketplace", "{\"name\":\"Renamed by a user\"}");
                assertThat(first.api.post("/api/marketplaces/seed", null).json().at("/data/seeded").asBoolean(true)).isFalse();
            }
            try (RunningServer second = RunningServer.start(database, Map.of())) {
                JsonNode page = marketplaces(second);
                assertThat(page.path("totalCount").asInt()).isEqualTo(1);
                assertThat(page.at("/items/0/name").asString()).isEqualTo("Renamed by a user");
            }
            assertThat(database.count("SELECT count(*) FROM marketplaces WHERE is_default = TRUE")).isEqualTo(1);
        }
    }
}
