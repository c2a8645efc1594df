package dev.agentpane.application.githubtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemorySecretCipher;
import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.githubtoken.GetGithubTokenUseCase.TokenInfo;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenCommand;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.shared.InvalidSecretFormatException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GithubTokenServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    private InMemorySecretCipher cipher;
    private GithubTokenService service;

    @BeforeEach
    void setUp() {
        InMemoryStores stores = new InMemoryStores();
        cipher = (InMemorySecretCipher) stores.port(SecretCipherPort.class);
        service = new GithubTokenService(stores.port(GithubTokenRepository.class), cipher, stores.port(TransactionRunner.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private GithubToken store(String token) {
        return service.store(new StoreGithubTokenCommand(Secret.of(token), GithubTokenType.PAT, "repo,read:org", "octocat", "583231"));
    }

    @Test
    void a_stored_token_is_encrypted_shown_masked_and_readable_in_plaintext_only_through_its_port() {
        GithubToken stored = store(TOKEN);

        assertThat(stored.encryptedToken()).doesNotContain(TOKEN);
        TokenInfo info = service.get().orElseThrow();
        assertThat(info.maskedToken()).isEqualTo("ghp_••••••••6789");
        assertThat(info.token().githubLogin()).isEqualTo("octocat");
        assertThat(info.token().isValid()).isTrue();
        assertThat(service.readToken()).contains(Secret.of(TOKEN));
    }

    @Test
    void a_new_token_replaces_the_stored_one_and_delete_removes_it() {
        store(TOKEN);
        GithubToken second = store("github_pat_11ABCDEFG0123456789_abcdefghijklmnop");

        assertThat(service.get().orElseThrow().token().id()).isEqualTo(second.id());
        service.delete();
        service.delete();
        assertThat(service.get()).isEmpty();
        assertThat(service.readToken()).isEmpty();
    }

    @Test
    void a_personal_access_token_must_have_github_s_prefix() {
        assertThatThrownBy(() -> store("gho_oauth-token-here")).isInstanceOf(InvalidSecretFormatException.class);
        assertThatThrownBy(() -> store("")).isInstanceOf(ValidationException.class);
        assertThat(service.store(new StoreGithubTokenCommand(Secret.of("gho_oauth-token-here"), GithubTokenType.OAUTH, null, null,
                null)).tokenType()).isEqualTo(GithubTokenType.OAUTH);
    }

    @Test
    void a_token_that_no_longer_decrypts_shows_as_invalid_and_fully_masked_and_cannot_be_read() {
        store(TOKEN);
        cipher.replaceKey();

        TokenInfo info = service.get().orElseThrow();
        assertThat(info.maskedToken()).isEqualTo("••••••••");
        assertThat(info.token().isValid()).isFalse();
        assertThatThrownBy(service::readToken).isInstanceOf(SecretUnreadableException.class);
        assertThat(service.get().orElseThrow().token().isValid()).isFalse();
    }
}
