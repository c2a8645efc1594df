package dev.agentpane.web.marketplace;

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
import dev.agentpane.domain.marketplace.DefaultMarketplaceProtectedException;
import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.MarketplaceChange;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.MarketplaceNotFoundException;
import dev.agentpane.domain.shared.GithubRepositoryRef;
import dev.agentpane.domain.shared.InvalidGithubUrlException;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.CountedItems;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.PathIds;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.api.ServiceErrors;
import dev.agentpane.web.marketplace.MarketplaceJson.Detail;
import dev.agentpane.web.marketplace.MarketplaceJson.ListedPluginJson;
import dev.agentpane.web.marketplace.MarketplaceJson.Row;
import dev.agentpane.web.marketplace.MarketplaceJson.Summary;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/marketplaces} (reference §4.12, §5.14). The fixed paths {@code /plugins}, {@code /categories} and
 * {@code /seed} win over {@code /{id}} (Spring MVC prefers literal segments to variables). Syncing from GitHub answers
 * 503 {@code SYNC_UNAVAILABLE} for now.
 */
@RestController
@RequestMapping("/api/marketplaces")
public class MarketplaceController {
    private final CreateMarketplaceUseCase createMarketplace;
    private final GetMarketplaceUseCase getMarketplace;
    private final ListMarketplacesUseCase listMarketplaces;
    private final UpdateMarketplaceUseCase updateMarketplace;
    private final DeleteMarketplaceUseCase deleteMarketplace;
    private final SeedDefaultMarketplaceUseCase seedDefault;
    private final ListMarketplacePluginsUseCase listPlugins;
    private final SyncMarketplaceUseCase syncMarketplace;

    public MarketplaceController(CreateMarketplaceUseCase createMarketplace, GetMarketplaceUseCase getMarketplace,
            ListMarketplacesUseCase listMarketplaces, UpdateMarketplaceUseCase updateMarketplace, DeleteMarketplaceUseCase deleteMarketplace,
            SeedDefaultMarketplaceUseCase seedDefault, ListMarketplacePluginsUseCase listPlugins, SyncMarketplaceUseCase syncMarketplace) {
        this.createMarketplace = createMarketplace;
        this.getMarketplace = getMarketplace;
        this.listMarketplaces = listMarketplaces;
        this.updateMarketplace = updateMarketplace;
        this.deleteMarketplace = deleteMarketplace;
        this.seedDefault = seedDefault;
        this.listPlugins = listPlugins;
        this.syncMarketplace = syncMarketplace;
    }

    public record SeededJson(boolean seeded) {
    }

    public record CategoriesJson(List<String> categories) {
    }

    public record DeletedJson(boolean deleted) {
    }

    @GetMapping
    public ApiEnvelope.Success<CountedItems<Summary>> list(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String includeDisabled) {
        ListMarketplacesQuery query = new ListMarketplacesQuery(flag(includeDisabled, "includeDisabled"),
                QueryParams.integer(limit, "limit", ListMarketplacesQuery.DEFAULT_LIMIT));
        MarketplacePage page = listMarketplaces.list(query);
        return ApiEnvelope.success(new CountedItems<>(page.items().stream().map(Summary::of).toList(), page.totalCount()));
    }

    /** Body {@code {name, githubUrl? | githubOwner + githubRepo, branch?, pluginsPath?}}; the URL wins when both are given. */
    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<Row>> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String name = body.optionalString("name");
        String githubUrl = body.optionalString("githubUrl");
        String githubOwner = body.optionalString("githubOwner");
        String githubRepo = body.optionalString("githubRepo");
        if (name == null || name.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_NAME, "Name is required");
        }
        boolean hasUrl = githubUrl != null && !githubUrl.isEmpty();
        if (!hasUrl && (githubOwner == null || githubOwner.isEmpty() || githubRepo == null || githubRepo.isEmpty())) {
            throw new ApiException(400, ErrorCode.MISSING_REPO, "GitHub URL or owner/repo required");
        }
        GithubRepositoryRef repository = hasUrl ? GithubRepositoryRef.fromUrl(githubUrl) : new GithubRepositoryRef(githubOwner, githubRepo);
        CreateMarketplaceCommand command = new CreateMarketplaceCommand(name, repository, body.optionalString("branch"),
                body.optionalString("pluginsPath"));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(Row.of(createMarketplace.create(command))));
    }

    @PostMapping("/seed")
    public ApiEnvelope.Success<SeededJson> seed() {
        return ApiEnvelope.success(new SeededJson(seedDefault.seed()));
    }

    @GetMapping("/plugins")
    public ApiEnvelope.Success<CountedItems<ListedPluginJson>> plugins(@RequestParam(required = false) String search,
            @RequestParam(required = false) String category, @RequestParam(required = false) String marketplaceId) {
        ListMarketplacePluginsQuery query = new ListMarketplacePluginsQuery(search, category,
                marketplaceId == null || marketplaceId.isEmpty() ? null : marketplaceId(marketplaceId));
        List<ListedPluginJson> items = listPlugins.plugins(query).stream().map(ListedPluginJson::of).toList();
        return ApiEnvelope.success(CountedItems.all(items));
    }

    @GetMapping("/categories")
    public ApiEnvelope.Success<CategoriesJson> categories() {
        return ApiEnvelope.success(new CategoriesJson(listPlugins.categories()));
    }

    @PostMapping("/{id}/sync")
    public ApiEnvelope.Success<Object> sync(@PathVariable String id) {
        syncMarketplace.sync(marketplaceId(id));
        throw new SyncUnavailableException("GitHub");
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<Detail> get(@PathVariable String id) {
        return ApiEnvelope.success(Detail.of(getMarketplace.get(marketplaceId(id))));
    }

    /** Body {@code {name?, branch?, pluginsPath?, isEnabled?}}; the default marketplace stays enabled. */
    @PatchMapping("/{id}")
    public ApiEnvelope.Success<Detail> update(@PathVariable String id, @RequestBody JsonNode json) {
        MarketplaceId marketplaceId = marketplaceId(id);
        JsonBody body = JsonBody.of(json);
        MarketplaceChange change = new MarketplaceChange(body.optionalString("name"), body.optionalString("branch"),
                body.optionalString("pluginsPath"), body.optionalBoolean("isEnabled"));
        return ApiEnvelope.success(Detail.of(updateMarketplace.update(new UpdateMarketplaceCommand(marketplaceId, change))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<DeletedJson> delete(@PathVariable String id) {
        deleteMarketplace.delete(marketplaceId(id));
        return ApiEnvelope.success(new DeletedJson(true));
    }

    @ExceptionHandler(MarketplaceNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> marketplaceNotFound() {
        return ServiceErrors.of(HttpStatus.NOT_FOUND, ErrorCode.MARKETPLACE_NOT_FOUND, "Marketplace not found");
    }

    @ExceptionHandler(DuplicateMarketplaceRepositoryException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> duplicate() {
        return ServiceErrors.of(HttpStatus.CONFLICT, ErrorCode.MARKETPLACE_ALREADY_EXISTS, "A marketplace with this repository already exists");
    }

    @ExceptionHandler(DefaultMarketplaceProtectedException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> defaultProtected(DefaultMarketplaceProtectedException e) {
        String code = e.action() == DefaultMarketplaceProtectedException.Action.DELETE ? ErrorCode.MARKETPLACE_CANNOT_DELETE_DEFAULT
                : ErrorCode.MARKETPLACE_CANNOT_DISABLE_DEFAULT;
        return ServiceErrors.of(HttpStatus.FORBIDDEN, code, e.getMessage());
    }

    /** The original's shape: the refused text in {@code details.url}. */
    @ExceptionHandler(InvalidGithubUrlException.class)
    ResponseEntity<ServiceErrors.WithDetails> invalidUrl(InvalidGithubUrlException e) {
        return ServiceErrors.of(HttpStatus.BAD_REQUEST, ErrorCode.MARKETPLACE_INVALID_URL, "Invalid GitHub URL: " + e.url(), Map.of("url", e.url()));
    }

    private static boolean flag(String raw, String name) {
        if (raw == null || raw.isEmpty() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw new ValidationException(name + " must be true or false");
    }

    private static MarketplaceId marketplaceId(String id) {
        return PathIds.of(id, MarketplaceId::of, "marketplace");
    }
}
