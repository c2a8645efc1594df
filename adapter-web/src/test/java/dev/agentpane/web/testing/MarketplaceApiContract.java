package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertData;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.assertServiceError;
import static dev.agentpane.web.testing.ApiAssertions.awaitNextMillisecond;
import static dev.agentpane.web.testing.ApiAssertions.texts;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.PluginTag;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The marketplaces routes (reference §4.12, §5.14) as a client sees them. No route writes cached plugins before the
 * GitHub sync exists, so tests store them through the repository. Run against the fakes by the web adapter and
 * against both databases by bootstrap.
 */
public abstract class MarketplaceApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    private static final String DEFAULT_ID = "anthropic-official-marketplace";

    @BeforeEach
    final void startEmpty() {
        resetData();
    }

    private ApiResponse post(String body) {
        return api().post("/api/marketplaces", json(body));
    }

    private String create(String name, String repo) {
        return assertData(post("{'name':'" + name + "','githubUrl':'https://github.com/acme/" + repo + "'}"), 201).path("id").asString();
    }

    /** Stores plugins in the marketplace's cache, as a sync will. */
    private void cache(String marketplaceId, CachedPlugin... plugins) {
        MarketplaceRepository marketplaces = port(MarketplaceRepository.class);
        Marketplace m = marketplaces.findById(MarketplaceId.of(marketplaceId)).orElseThrow();
        marketplaces.update(Marketplace.withId(m.id(), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(), m.isDefault(),
                m.isEnabled(), m.status(), "0123abcd", m.updatedAt(), null, List.of(plugins), m.createdAt(), m.updatedAt()));
    }

    private static CachedPlugin plugin(String id, String name, String description, String category) {
        return new CachedPlugin(id, name, description, "Anthropic", "1.0.0", category, "# " + name, List.of(PluginTag.OFFICIAL));
    }

    @Test
    void a_created_marketplace_answers_201_with_the_full_row() {
        JsonNode row = assertData(post("{'name':'Acme plugins ✓','githubUrl':'https://github.com/acme/plugins.git'}"), 201);

        assertThat(row.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(row.path("name").asString()).isEqualTo("Acme plugins ✓");
        assertThat(row.path("githubOwner").asString()).isEqualTo("acme");
        assertThat(row.path("githubRepo").asString()).isEqualTo("plugins");
        assertThat(row.path("branch").asString()).isEqualTo("main");
        assertThat(row.path("pluginsPath").asString()).isEqualTo("plugins");
        assertThat(row.path("isDefault").asBoolean(true)).isFalse();
        assertThat(row.path("isEnabled").asBoolean(false)).isTrue();
        assertThat(row.path("status").asString()).isEqualTo("active");
        for (String field : List.of("lastSyncSha", "lastSyncedAt", "syncError")) {
            assertThat(row.has(field) && row.path(field).isNull()).as(field).isTrue();
        }
        assertThat(row.path("cachedPlugins").isArray()).isTrue();
        assertThat(row.path("createdAt").asString()).matches(ISO_MILLIS);
        assertThat(row.path("updatedAt").asString()).isEqualTo(row.path("createdAt").asString());
    }

    @Test
    void a_marketplace_can_be_named_by_owner_and_repository_with_its_own_branch_and_path() {
        JsonNode row = assertData(post("{'name':'Mine','githubOwner':'someone','githubRepo':'my.plugins','branch':'dev',"
                + "'pluginsPath':'src/plugins'}"), 201);

        JsonNode detail = assertData(api().get("/api/marketplaces/" + row.path("id").asString()), 200);
        assertThat(detail.path("githubOwner").asString()).isEqualTo("someone");
        assertThat(detail.path("githubRepo").asString()).isEqualTo("my.plugins");
        assertThat(detail.path("branch").asString()).isEqualTo("dev");
        assertThat(detail.path("pluginsPath").asString()).isEqualTo("src/plugins");
        assertThat(detail.path("plugins").size()).isZero();
        assertThat(detail.has("pluginCount")).isFalse();
    }

    @Test
    void creating_refuses_a_missing_name_or_repository_and_a_bad_url() {
        ApiResponse noName = post("{'githubUrl':'acme/x'}");
        assertError(noName, 400, "MISSING_NAME");
        assertThat(noName.errorMessage()).isEqualTo("Name is required");
        for (String body : List.of("{'name':'M'}", "{'name':'M','githubOwner':'acme'}", "{'name':'M','githubRepo':'x'}",
                "{'name':'M','githubUrl':'','githubOwner':'acme'}")) {
            ApiResponse noRepo = post(body);
            assertError(noRepo, 400, "MISSING_REPO");
            assertThat(noRepo.errorMessage()).isEqualTo("GitHub URL or owner/repo required");
        }
        ApiResponse badUrl = post("{'name':'M','githubUrl':'https://gitlab.com/acme/x'}");
        assertServiceError(badUrl, 400, "MARKETPLACE_INVALID_URL");
        assertThat(badUrl.json().at("/error/details/url").asString()).isEqualTo("https://gitlab.com/acme/x");
        assertError(post("{'name':'M','githubOwner':'bad owner','githubRepo':'x'}"), 400, "VALIDATION_ERROR");
        assertError(post("{'name':7,'githubUrl':'acme/x'}"), 400, "VALIDATION_ERROR");
        assertError(post("{'name':'M','githubUrl':'acme/x','branch':''}"), 400, "VALIDATION_ERROR");
        assertThat(assertData(api().get("/api/marketplaces?includeDisabled=true"), 200).path("totalCount").asInt()).isZero();
    }

    @Test
    void a_repository_backs_one_marketplace_whichever_way_it_is_named() {
        create("First", "plugins");

        ApiResponse again = post("{'name':'Again','githubOwner':'acme','githubRepo':'plugins'}");
        assertServiceError(again, 409, "MARKETPLACE_ALREADY_EXISTS");
        assertThat(again.errorMessage()).isEqualTo("A marketplace with this repository already exists");
        assertThat(post("{'name':'Fork','githubUrl':'other/plugins'}").status()).isEqualTo(201);
    }

    @Test
    void concurrent_creates_of_one_repository_give_one_marketplace() {
        List<ApiResponse> responses = Concurrently.send(6,
                () -> api().post("/api/marketplaces", json("{'name':'Race','githubUrl':'acme/race'}")));

        assertThat(Concurrently.withStatus(responses, 201)).as(responses.toString()).isEqualTo(1);
        assertThat(Concurrently.withStatus(responses, 409)).as(responses.toString()).isEqualTo(5);
        assertThat(assertData(api().get("/api/marketplaces"), 200).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void seeding_creates_the_default_marketplace_once() {
        assertThat(api().post("/api/marketplaces/seed", null).body()).isEqualTo("{\"ok\":true,\"data\":{\"seeded\":true}}");
        assertThat(api().post("/api/marketplaces/seed", null).body()).isEqualTo("{\"ok\":true,\"data\":{\"seeded\":false}}");

        JsonNode builtIn = assertData(api().get("/api/marketplaces/" + DEFAULT_ID), 200);
        assertThat(builtIn.path("name").asString()).isEqualTo("Claude Plugins Official");
        assertThat(builtIn.path("githubOwner").asString()).isEqualTo("anthropics");
        assertThat(builtIn.path("githubRepo").asString()).isEqualTo("claude-plugins-official");
        assertThat(builtIn.path("isDefault").asBoolean()).isTrue();
        assertThat(builtIn.path("isEnabled").asBoolean()).isTrue();
        assertServiceError(post("{'name':'Copy','githubUrl':'anthropics/claude-plugins-official'}"), 409, "MARKETPLACE_ALREADY_EXISTS");
    }

    @Test
    void concurrent_seeds_create_the_default_exactly_once() {
        List<ApiResponse> responses = Concurrently.send(6, () -> api().post("/api/marketplaces/seed", null));

        assertThat(responses).allMatch(response -> response.status() == 200);
        assertThat(responses.stream().filter(r -> r.json().at("/data/seeded").asBoolean()).count()).as(responses.toString()).isEqualTo(1);
        assertThat(assertData(api().get("/api/marketplaces"), 200).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void the_default_marketplace_can_be_neither_deleted_nor_disabled() {
        api().post("/api/marketplaces/seed", null);

        ApiResponse delete = api().delete("/api/marketplaces/" + DEFAULT_ID);
        assertServiceError(delete, 403, "MARKETPLACE_CANNOT_DELETE_DEFAULT");
        assertThat(delete.errorMessage()).isEqualTo("Cannot delete the default marketplace");
        ApiResponse disable = api().patch("/api/marketplaces/" + DEFAULT_ID, json("{'isEnabled':false}"));
        assertServiceError(disable, 403, "MARKETPLACE_CANNOT_DISABLE_DEFAULT");
        assertThat(disable.errorMessage()).isEqualTo("Cannot disable the default marketplace");
        JsonNode renamed = assertData(api().patch("/api/marketplaces/" + DEFAULT_ID, json("{'name':'Official','isEnabled':true}")), 200);
        assertThat(renamed.path("name").asString()).isEqualTo("Official");
        assertThat(renamed.path("isEnabled").asBoolean()).isTrue();
        assertThat(assertData(api().get("/api/marketplaces/" + DEFAULT_ID), 200).path("name").asString()).isEqualTo("Official");
    }

    @Test
    void the_list_is_l2_with_the_default_first_then_the_most_recently_updated_and_counts_plugins() {
        String older = create("Older", "older");
        awaitNextMillisecond();
        String newer = create("Newer", "newer");
        awaitNextMillisecond();
        api().post("/api/marketplaces/seed", null);
        String disabled = create("Disabled", "disabled");
        api().patch("/api/marketplaces/" + disabled, json("{'isEnabled':false}"));
        cache(older, plugin("a", "A", null, "git"), plugin("b", "B", null, null));

        JsonNode page = assertData(api().get("/api/marketplaces"), 200);
        assertThat(texts(page.path("items"), "id")).containsExactly(DEFAULT_ID, newer, older);
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(2);
        JsonNode olderItem = page.path("items").get(2);
        assertThat(olderItem.path("pluginCount").asInt()).isEqualTo(2);
        assertThat(olderItem.has("plugins")).isFalse();
        assertThat(olderItem.has("cachedPlugins")).isFalse();
        assertThat(olderItem.path("lastSyncedAt").asString()).matches(ISO_MILLIS);

        JsonNode all = assertData(api().get("/api/marketplaces?includeDisabled=true"), 200);
        assertThat(texts(all.path("items"), "id")).containsExactly(DEFAULT_ID, disabled, newer, older);
        JsonNode limited = assertData(api().get("/api/marketplaces?limit=2&includeDisabled=true"), 200);
        assertThat(texts(limited.path("items"), "id")).containsExactly(DEFAULT_ID, disabled);
        assertThat(limited.path("totalCount").asInt()).isEqualTo(4);
        for (String query : List.of("limit=0", "limit=abc", "limit=100000", "includeDisabled=yes")) {
            assertError(api().get("/api/marketplaces?" + query), 400, "VALIDATION_ERROR");
        }
    }

    @Test
    void the_detail_carries_the_plugins() {
        String id = create("Acme", "plugins");
        cache(id, new CachedPlugin("commit-helper", "Commit Helper ✓", "Writes commits", "Anthropic", "1.2.3", "git", "# Readme 日本語",
                List.of(PluginTag.OFFICIAL, PluginTag.EXTERNAL)), new CachedPlugin("bare", "Bare", null, null, null, null, null, List.of()));

        JsonNode detail = assertData(api().get("/api/marketplaces/" + id), 200);
        assertThat(detail.path("lastSyncSha").asString()).isEqualTo("0123abcd");
        JsonNode plugins = detail.path("plugins");
        assertThat(texts(plugins, "id")).containsExactly("commit-helper", "bare");
        JsonNode helper = plugins.get(0);
        assertThat(helper.path("name").asString()).isEqualTo("Commit Helper ✓");
        assertThat(helper.path("description").asString()).isEqualTo("Writes commits");
        assertThat(helper.path("author").asString()).isEqualTo("Anthropic");
        assertThat(helper.path("version").asString()).isEqualTo("1.2.3");
        assertThat(helper.path("category").asString()).isEqualTo("git");
        assertThat(helper.path("readme").asString()).isEqualTo("# Readme 日本語");
        assertThat(texts(helper.path("tags"), null)).containsExactly("official", "external");
        JsonNode bare = plugins.get(1);
        for (String field : List.of("description", "author", "version", "category", "readme")) {
            assertThat(bare.has(field) && bare.path(field).isNull()).as(field).isTrue();
        }
        assertThat(bare.path("tags").size()).isZero();
    }

    @Test
    void the_plugin_listing_spans_the_enabled_marketplaces_and_filters_by_text_category_and_marketplace() {
        String acme = create("Acme", "acme");
        String globex = create("Globex", "globex");
        String off = create("Off", "off");
        cache(acme, plugin("commit", "Commit Helper", "Writes GIT commits", "git"), plugin("lint", "Linter", "Checks style", "quality"));
        cache(globex, plugin("review", "Reviewer", "Reviews git diffs", "git"), plugin("deploy", "Deployer", null, null));
        cache(off, plugin("hidden", "Hidden git", "never listed", "git"));
        api().patch("/api/marketplaces/" + off, json("{'isEnabled':false}"));

        JsonNode all = assertData(api().get("/api/marketplaces/plugins"), 200);
        assertThat(texts(all.path("items"), "id")).containsExactlyInAnyOrder("commit", "lint", "review", "deploy");
        assertThat(all.path("totalCount").asInt()).isEqualTo(4);
        JsonNode item = java.util.stream.StreamSupport.stream(all.path("items").spliterator(), false)
                .filter(p -> p.path("id").asString().equals("review")).findFirst().orElseThrow();
        assertThat(item.path("marketplaceId").asString()).isEqualTo(globex);
        assertThat(item.path("marketplaceName").asString()).isEqualTo("Globex");
        assertThat(item.path("isEnabled").asBoolean()).isTrue();
        assertThat(item.path("name").asString()).isEqualTo("Reviewer");
        assertThat(item.path("readme").asString()).isEqualTo("# Reviewer");
        assertThat(texts(item.path("tags"), null)).containsExactly("official");

        assertThat(texts(assertData(api().get("/api/marketplaces/plugins?search=GiT"), 200).path("items"), "id"))
                .containsExactlyInAnyOrder("commit", "review");
        assertThat(texts(assertData(api().get("/api/marketplaces/plugins?search=linter"), 200).path("items"), "id")).containsExactly("lint");
        assertThat(texts(assertData(api().get("/api/marketplaces/plugins?category=git"), 200).path("items"), "id"))
                .containsExactlyInAnyOrder("commit", "review");
        assertThat(assertData(api().get("/api/marketplaces/plugins?category=Git"), 200).path("items").size()).isZero();
        assertThat(texts(assertData(api().get("/api/marketplaces/plugins?marketplaceId=" + acme), 200).path("items"), "id"))
                .containsExactly("commit", "lint");
        assertThat(texts(assertData(api().get("/api/marketplaces/plugins?marketplaceId=" + acme + "&category=git&search=commit"), 200)
                .path("items"), "id")).containsExactly("commit");
        assertThat(assertData(api().get("/api/marketplaces/plugins?marketplaceId=" + off), 200).path("items").size()).isZero();
        assertThat(assertData(api().get("/api/marketplaces/plugins?marketplaceId=" + UNKNOWN), 200).path("totalCount").asInt()).isZero();
        assertError(api().get("/api/marketplaces/plugins?marketplaceId=a.b"), 400, "INVALID_ID");
    }

    @Test
    void the_categories_are_the_sorted_distinct_categories_of_the_enabled_marketplaces() {
        assertThat(api().get("/api/marketplaces/categories").body()).isEqualTo("{\"ok\":true,\"data\":{\"categories\":[]}}");
        String acme = create("Acme", "acme");
        String globex = create("Globex", "globex");
        String off = create("Off", "off");
        cache(acme, plugin("a", "A", null, "testing"), plugin("b", "B", null, "git"), plugin("c", "C", null, null));
        cache(globex, plugin("d", "D", null, "git"), plugin("e", "E", null, "Deploy"));
        cache(off, plugin("f", "F", null, "hidden"));
        api().patch("/api/marketplaces/" + off, json("{'isEnabled':false}"));

        JsonNode categories = assertData(api().get("/api/marketplaces/categories"), 200).path("categories");
        assertThat(texts(categories, null)).containsExactly("Deploy", "git", "testing");
    }

    @Test
    void an_update_changes_the_settings_it_names() {
        String id = create("Acme", "plugins");

        JsonNode updated = assertData(api().patch("/api/marketplaces/" + id, json("{'name':'Renamed','branch':'dev','pluginsPath':'p',"
                + "'isEnabled':false}")), 200);

        assertThat(updated.path("name").asString()).isEqualTo("Renamed");
        assertThat(updated.path("branch").asString()).isEqualTo("dev");
        assertThat(updated.path("pluginsPath").asString()).isEqualTo("p");
        assertThat(updated.path("isEnabled").asBoolean(true)).isFalse();
        assertThat(updated.path("githubRepo").asString()).isEqualTo("plugins");
        assertThat(assertData(api().get("/api/marketplaces/" + id), 200)).isEqualTo(updated);
        assertThat(assertData(api().get("/api/marketplaces"), 200).path("totalCount").asInt()).isZero();
        assertError(api().patch("/api/marketplaces/" + id, json("{'isEnabled':'yes'}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/marketplaces/" + id, json("{'name':''}")), 400, "VALIDATION_ERROR");
    }

    @Test
    void a_deleted_marketplace_is_gone() {
        String id = create("Doomed", "doomed");

        assertThat(api().delete("/api/marketplaces/" + id).body()).isEqualTo("{\"ok\":true,\"data\":{\"deleted\":true}}");
        assertServiceError(api().get("/api/marketplaces/" + id), 404, "MARKETPLACE_NOT_FOUND");
        assertServiceError(api().delete("/api/marketplaces/" + id), 404, "MARKETPLACE_NOT_FOUND");
    }

    @Test
    void an_unknown_marketplace_is_marketplace_not_found_with_its_status_on_every_route() {
        assertThat(api().get("/api/marketplaces/" + UNKNOWN).body()).isEqualTo(
                "{\"ok\":false,\"error\":{\"code\":\"MARKETPLACE_NOT_FOUND\",\"message\":\"Marketplace not found\",\"status\":404}}");
        assertServiceError(api().patch("/api/marketplaces/" + UNKNOWN, json("{'name':'X'}")), 404, "MARKETPLACE_NOT_FOUND");
        assertServiceError(api().post("/api/marketplaces/" + UNKNOWN + "/sync", null), 404, "MARKETPLACE_NOT_FOUND");
        ApiResponse badId = api().get("/api/marketplaces/a.b");
        assertError(badId, 400, "INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid marketplace ID format");
        assertError(api().post("/api/marketplaces/a.b/sync", null), 400, "INVALID_ID");
    }

    @Test
    void a_sync_answers_unavailable_until_the_github_integration_exists() {
        String id = create("Acme", "plugins");

        assertError(api().post("/api/marketplaces/" + id + "/sync", null), 503, "SYNC_UNAVAILABLE");
    }
}
