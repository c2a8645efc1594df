package dev.agentpane.web;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemorySecretCipher;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenCommand;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenUseCase;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import dev.agentpane.web.testing.FakeBackedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What a client sees when the encryption key breaks or changes under stored secrets: precise codes, never the secret. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretFailuresTest {
    private static final String KEY = "sk-ant-api03-must-never-show-up-anywhere";
    private FakeBackedServer server;
    private InMemorySecretCipher cipher;

    @BeforeAll
    void start() {
        server = FakeBackedServer.open();
        cipher = (InMemorySecretCipher) server.port(SecretCipherPort.class);
    }

    @AfterEach
    void repair() {
        cipher.repairKey();
        server.reset();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void an_unusable_encryption_key_is_a_500_with_its_own_code_and_stores_nothing() {
        cipher.breakKey();

        ApiResponse response = server.client.post("/api/keys/anthropic", json("{'key':'" + KEY + "'}"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("ENCRYPTION_KEY_INVALID");
        assertThat(response.errorMessage()).contains("encryption key").contains("operator");
        assertThat(response.body()).doesNotContain(KEY);
        cipher.repairKey();
        assertThat(server.client.get("/api/keys/anthropic").json().at("/data/keyInfo").isNull()).isTrue();
    }

    @Test
    void a_github_token_that_no_longer_decrypts_shows_fully_masked_and_invalid_instead_of_failing_the_home_page() {
        server.port(StoreGithubTokenUseCase.class).store(new StoreGithubTokenCommand(Secret.of("ghp_abcdefghijklmnopqrstuvwxyz0123"),
                GithubTokenType.PAT, null, "octocat", null));
        cipher.replaceKey();

        ApiResponse response = server.client.get("/api/github/token");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/data/tokenInfo/maskedToken").asString()).isEqualTo("••••••••");
        assertThat(response.json().at("/data/tokenInfo/isValid").asBoolean()).isFalse();
        assertThat(response.json().at("/data/tokenInfo/githubLogin").asString()).isEqualTo("octocat");
    }

    @Test
    void the_stored_key_s_info_needs_no_decryption() {
        server.client.post("/api/keys/anthropic", json("{'key':'" + KEY + "'}"));
        cipher.breakKey();

        ApiResponse response = server.client.get("/api/keys/anthropic");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/data/keyInfo/maskedKey").asString()).isEqualTo("sk-a••••••••here");
    }
}
