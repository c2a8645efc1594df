package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.fieldNames;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.in.apikey.ReadApiKeyUseCase;
import dev.agentpane.application.port.in.githubtoken.ReadGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenCommand;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenUseCase;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The stored secrets as a client sees them: {@code /api/keys/{service}} (reference §4.10, §5.12) and
 * {@code /api/github/token} (§5.18). A key goes in; only its masked form comes out; the plaintext is reachable only
 * through the application's read ports. Run against the fakes by the web adapter and against both databases by bootstrap.
 */
public abstract class SecretApiContract extends ApiContract {
    private static final String KEY = "sk-ant-api03-abcdefghijklmnopqrstuvwxyz-0123WXYZ";
    private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    @BeforeEach
    final void startEmpty() {
        resetData();
    }

    private ApiResponse saveKey(String service, String key) {
        return api().post("/api/keys/" + service, json("{'key':'" + key + "'}"));
    }

    @Test
    void a_service_without_a_key_answers_null_key_info() {
        assertThat(api().get("/api/keys/anthropic").body()).isEqualTo("{\"ok\":true,\"data\":{\"keyInfo\":null}}");
    }

    @Test
    void a_saved_key_answers_its_info_with_the_masked_key_and_never_the_key() {
        ApiResponse saved = saveKey("anthropic", KEY);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode info = saved.json().at("/data/keyInfo");
        assertThat(fieldNames(info)).containsExactly("id", "service", "maskedKey", "isValid", "lastValidatedAt", "createdAt");
        assertThat(info.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(info.path("service").asString()).isEqualTo("anthropic");
        assertThat(info.path("maskedKey").asString()).isEqualTo("sk-a••••••••WXYZ");
        assertThat(info.path("isValid").asBoolean()).isTrue();
        assertThat(info.path("lastValidatedAt").asString()).matches(ISO_MILLIS);
        assertThat(info.path("createdAt").asString()).matches(ISO_MILLIS);
        ApiResponse read = api().get("/api/keys/anthropic");
        assertThat(read.json().at("/data/keyInfo")).isEqualTo(info);
        for (String body : List.of(saved.body(), read.body())) {
            assertThat(body).doesNotContain(KEY).doesNotContain("abcdefghijklmnop");
        }
    }

    @Test
    void the_key_is_stored_encrypted_and_reaches_in_process_code_in_plaintext() {
        saveKey("anthropic", KEY);

        String stored = port(ApiKeyRepository.class).findByService("anthropic").orElseThrow().encryptedKey();
        assertThat(stored).doesNotContain(KEY).doesNotContain("abcdefghijklmnop");
        assertThat(port(ReadApiKeyUseCase.class).readKey(ServiceName.ANTHROPIC)).contains(Secret.of(KEY));
        assertThat(port(ReadApiKeyUseCase.class).readKey(ServiceName.of("openai"))).isEmpty();
    }

    @Test
    void saving_again_replaces_the_key_and_services_keep_their_own_keys() {
        String firstId = saveKey("anthropic", KEY).json().at("/data/keyInfo/id").asString();
        saveKey("openai", "sk-proj-other-service-key");

        JsonNode second = saveKey("anthropic", "sk-ant-api03-second-key-9876").json().at("/data/keyInfo");

        assertThat(second.path("id").asString()).isNotEqualTo(firstId);
        assertThat(second.path("maskedKey").asString()).isEqualTo("sk-a••••••••9876");
        assertThat(api().get("/api/keys/anthropic").json().at("/data/keyInfo")).isEqualTo(second);
        assertThat(port(ReadApiKeyUseCase.class).readKey(ServiceName.ANTHROPIC)).contains(Secret.of("sk-ant-api03-second-key-9876"));
        assertThat(api().get("/api/keys/openai").json().at("/data/keyInfo/maskedKey").asString()).isEqualTo("sk-p••••••••-key");
    }

    @Test
    void a_short_key_is_fully_masked() {
        assertThat(saveKey("openai", "sk-short").json().at("/data/keyInfo/maskedKey").asString()).isEqualTo("••••••••");
    }

    @Test
    void bad_keys_and_services_are_refused_and_nothing_is_stored() {
        ApiResponse wrongForm = saveKey("anthropic", "sk-proj-123456789012345");
        assertError(wrongForm, 400, "INVALID_FORMAT");
        assertThat(wrongForm.body()).doesNotContain("123456789012345");
        ApiResponse missing = api().post("/api/keys/anthropic", "{}");
        assertError(missing, 400, "VALIDATION_ERROR");
        assertThat(missing.errorMessage()).isEqualTo("API key is required");
        assertThat(api().post("/api/keys/anthropic", json("{'key':''}")).errorMessage()).isEqualTo("API key is required");
        assertError(api().post("/api/keys/anthropic", json("{'key':null}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/keys/anthropic", json("{'key':5}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/keys/anthropic", json("{'key':'sk-ant-" + "k".repeat(1000) + "'}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/keys/anthropic", "{\"key\":\"sk-ant-\\u0000x\"}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/keys/anthropic", "{\"key\": "), 400, "INVALID_JSON");
        assertError(api().post("/api/keys/anthropic", "[]"), 400, "VALIDATION_ERROR");
        for (String badService : List.of("a.b", "x".repeat(101))) {
            assertError(api().get("/api/keys/" + badService), 400, "INVALID_ID");
            assertError(saveKey(badService, KEY), 400, "INVALID_ID");
            assertError(api().delete("/api/keys/" + badService), 400, "INVALID_ID");
        }
        assertThat(api().get("/api/keys/anthropic").json().at("/data/keyInfo").isNull()).isTrue();
    }

    @Test
    void delete_answers_null_data_is_idempotent_and_leaves_other_services_alone() {
        saveKey("anthropic", KEY);
        saveKey("openai", "sk-proj-other-service-key");

        assertThat(api().delete("/api/keys/anthropic").body()).isEqualTo("{\"ok\":true,\"data\":null}");
        assertThat(api().delete("/api/keys/anthropic").body()).isEqualTo("{\"ok\":true,\"data\":null}");

        assertThat(api().get("/api/keys/anthropic").json().at("/data/keyInfo").isNull()).isTrue();
        assertThat(api().get("/api/keys/openai").json().at("/data/keyInfo").isObject()).isTrue();
    }

    @Test
    void without_a_stored_github_token_the_home_page_reads_null_token_info() {
        assertThat(api().get("/api/github/token").body()).isEqualTo("{\"ok\":true,\"data\":{\"tokenInfo\":null}}");
    }

    @Test
    void a_stored_github_token_answers_its_info_masked_and_reaches_in_process_code_in_plaintext() {
        port(StoreGithubTokenUseCase.class).store(new StoreGithubTokenCommand(Secret.of(TOKEN), GithubTokenType.PAT, "repo",
                "octocat", "583231"));

        ApiResponse response = api().get("/api/github/token");

        JsonNode info = response.json().at("/data/tokenInfo");
        assertThat(fieldNames(info)).containsExactly("id", "maskedToken", "githubLogin", "isValid", "lastValidatedAt", "createdAt");
        assertThat(info.path("maskedToken").asString()).isEqualTo("ghp_••••••••6789");
        assertThat(info.path("githubLogin").asString()).isEqualTo("octocat");
        assertThat(info.path("isValid").asBoolean()).isTrue();
        assertThat(info.path("createdAt").asString()).matches(ISO_MILLIS);
        assertThat(response.body()).doesNotContain(TOKEN);
        assertThat(port(ReadGithubTokenUseCase.class).readToken()).contains(Secret.of(TOKEN));

        assertThat(api().delete("/api/github/token").body()).isEqualTo("{\"ok\":true,\"data\":null}");
        assertThat(api().get("/api/github/token").json().at("/data/tokenInfo").isNull()).isTrue();
        assertThat(api().delete("/api/github/token").status()).isEqualTo(200);
    }

    @Test
    void storing_a_github_token_over_http_checks_it_and_then_needs_github() {
        assertError(api().post("/api/github/token", "{}"), 400, "MISSING_TOKEN");
        assertError(api().post("/api/github/token", json("{'token':''}")), 400, "MISSING_TOKEN");
        assertError(api().post("/api/github/token", json("{'token':7}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/github/token", json("{'token':'gho_not-a-pat'}")), 400, "INVALID_FORMAT");
        assertError(api().post("/api/github/token", "{\"token\""), 400, "INVALID_JSON");
        ApiResponse valid = api().post("/api/github/token", json("{'token':'" + TOKEN + "'}"));
        assertError(valid, 503, "GITHUB_UNAVAILABLE");
        assertThat(valid.body()).doesNotContain(TOKEN);
        assertThat(api().get("/api/github/token").json().at("/data/tokenInfo").isNull()).isTrue();
    }
}
