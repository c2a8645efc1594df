package dev.agentpane.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemorySecretCipher;
import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.apikey.SaveApiKeyCommand;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.InvalidIdException;
import dev.agentpane.domain.shared.InvalidSecretFormatException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789123Z");
    private static final String KEY = "sk-ant-api03-abcdefghijklmnopqrstuvwxyz";
    private InMemoryStores stores;
    private InMemorySecretCipher cipher;
    private ApiKeyService service;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        cipher = (InMemorySecretCipher) stores.port(SecretCipherPort.class);
        service = new ApiKeyService(stores.port(ApiKeyRepository.class), cipher, stores.port(TransactionRunner.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ApiKey save(String service, String key) {
        return this.service.save(new SaveApiKeyCommand(ServiceName.of(service), Secret.of(key)));
    }

    @Test
    void a_saved_key_is_stored_encrypted_and_masked_valid_and_validated_now() {
        ApiKey saved = save("anthropic", KEY);

        assertThat(saved.maskedKey()).isEqualTo("sk-a••••••••wxyz");
        assertThat(saved.encryptedKey()).doesNotContain(KEY);
        assertThat(saved.isValid()).isTrue();
        assertThat(saved.lastValidatedAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06.789Z"));
        assertThat(service.get(ServiceName.ANTHROPIC)).contains(saved);
        assertThat(service.readKey(ServiceName.ANTHROPIC)).contains(Secret.of(KEY));
    }

    @Test
    void saving_again_replaces_the_key_with_a_new_one() {
        ApiKey first = save("anthropic", KEY);
        ApiKey second = save("anthropic", KEY + "-2");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(service.get(ServiceName.ANTHROPIC)).contains(second);
        assertThat(service.readKey(ServiceName.ANTHROPIC)).contains(Secret.of(KEY + "-2"));
    }

    @Test
    void an_anthropic_key_must_look_like_one_but_other_services_take_any_key() {
        assertThatThrownBy(() -> save("anthropic", "sk-proj-123")).isInstanceOf(InvalidSecretFormatException.class)
                .hasMessageNotContaining("sk-proj-123");
        assertThat(save("openai", "sk-proj-123").maskedKey()).isEqualTo("••••••••");
        assertThat(service.get(ServiceName.ANTHROPIC)).isEmpty();
    }

    @Test
    void a_key_is_required_bounded_and_its_service_follows_the_id_rule() {
        assertThatThrownBy(() -> save("anthropic", "")).isInstanceOf(ValidationException.class).hasMessage("API key is required");
        assertThatThrownBy(() -> save("openai", "k".repeat(ApiKey.PLAINTEXT_KEY_MAX + 1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> save("open.ai", "key")).isInstanceOf(InvalidIdException.class).hasMessage("Invalid service format");
    }

    @Test
    void deleting_is_idempotent_and_other_services_keep_their_keys() {
        save("anthropic", KEY);
        save("openai", "other-key");

        service.delete(ServiceName.ANTHROPIC);
        service.delete(ServiceName.ANTHROPIC);

        assertThat(service.get(ServiceName.ANTHROPIC)).isEmpty();
        assertThat(service.readKey(ServiceName.ANTHROPIC)).isEmpty();
        assertThat(service.readKey(ServiceName.of("openai"))).contains(Secret.of("other-key"));
    }

    @Test
    void a_key_that_no_longer_decrypts_is_reported_and_marked_invalid() {
        save("anthropic", KEY);
        cipher.replaceKey();

        assertThatThrownBy(() -> service.readKey(ServiceName.ANTHROPIC)).isInstanceOf(SecretUnreadableException.class)
                .hasMessageNotContaining(KEY);
        assertThat(service.get(ServiceName.ANTHROPIC).orElseThrow().isValid()).isFalse();
    }

    @Test
    void an_unusable_encryption_key_stores_nothing() {
        cipher.breakKey();

        assertThatThrownBy(() -> save("anthropic", KEY)).isInstanceOf(EncryptionKeyInvalidException.class);
        assertThat(service.get(ServiceName.ANTHROPIC)).isEmpty();
    }

    @Test
    void a_command_never_prints_the_key() {
        assertThat(new SaveApiKeyCommand(ServiceName.ANTHROPIC, Secret.of(KEY)).toString()).doesNotContain(KEY);
    }
}
