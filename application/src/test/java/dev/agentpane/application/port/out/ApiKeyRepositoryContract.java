package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ApiKeyId;
import dev.agentpane.domain.apikey.DuplicateApiKeyServiceException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class ApiKeyRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private ApiKeyRepository keys() {
        return port(ApiKeyRepository.class);
    }

    private static ApiKey key(String service, String encrypted, Instant at) {
        return ApiKey.create(service, encrypted, "sk-a••••••••wxyz", at);
    }

    @Test
    void a_new_key_reads_back_equal_valid_and_validated_at_its_creation() {
        ApiKey key = key("anthropic", "base64-ciphertext==", T0);
        keys().insert(key);

        assertThat(keys().findByService("anthropic")).contains(key);
        assertThat(key.isValid()).isTrue();
        assertThat(key.lastValidatedAt()).isEqualTo(T0);
    }

    @Test
    void an_invalid_never_validated_key_with_non_ascii_and_longest_texts_reads_back_equal() {
        ApiKey key = ApiKey.withId(ApiKeyId.of("Fixed_key-1"), "sérvice-日本-" + "s".repeat(ApiKey.SERVICE_MAX - 11),
                "e".repeat(ApiKey.ENCRYPTED_KEY_MAX), "••••••••" + "m".repeat(ApiKey.MASKED_KEY_MAX - 8), false, null,
                T0, T0.plusMillis(1));
        keys().insert(key);

        assertThat(keys().findByService(key.service())).contains(key);
    }

    @Test
    void an_unknown_service_finds_nothing() {
        keys().insert(key("anthropic", "cipher", T0));

        assertThat(keys().findByService("openai")).isEmpty();
    }

    @Test
    void a_service_cannot_have_two_keys_and_the_first_one_stays() {
        ApiKey first = key("anthropic", "first", T0);
        keys().insert(first);

        assertThatThrownBy(() -> keys().insert(key("anthropic", "second", T0.plusSeconds(1))))
                .isInstanceOf(DuplicateApiKeyServiceException.class);
        assertThat(keys().findByService("anthropic")).contains(first);
    }

    @Test
    void replacing_the_key_of_a_service_leaves_only_the_new_key_and_other_services_untouched() {
        ApiKey other = key("openai", "other", T0);
        keys().insert(other);
        keys().insert(key("anthropic", "old", T0));

        ApiKey replacement = key("anthropic", "new", T0.plusSeconds(1));
        keys().replaceForService(replacement);

        assertThat(keys().findByService("anthropic")).contains(replacement);
        assertThat(keys().findByService("openai")).contains(other);
    }

    @Test
    void replacing_the_key_of_a_service_without_one_stores_it() {
        ApiKey key = key("anthropic", "cipher", T0);
        keys().replaceForService(key);

        assertThat(keys().findByService("anthropic")).contains(key);
    }

    @Test
    void a_key_marked_invalid_keeps_everything_else() {
        ApiKey key = key("anthropic", "cipher", T0);
        keys().insert(key);

        assertThat(keys().markInvalid("anthropic", T0.plusSeconds(5))).isTrue();

        assertThat(keys().findByService("anthropic")).contains(ApiKey.withId(key.id(), key.service(), key.encryptedKey(),
                key.maskedKey(), false, key.lastValidatedAt(), key.createdAt(), T0.plusSeconds(5)));
    }

    @Test
    void marking_or_deleting_the_key_of_a_service_without_one_reports_false() {
        assertThat(keys().markInvalid("anthropic", T0)).isFalse();
        assertThat(keys().deleteByService("anthropic")).isFalse();
    }

    @Test
    void a_deleted_key_is_gone_and_other_services_keep_theirs() {
        ApiKey other = key("openai", "other", T0);
        keys().insert(other);
        keys().insert(key("anthropic", "cipher", T0));

        assertThat(keys().deleteByService("anthropic")).isTrue();

        assertThat(keys().findByService("anthropic")).isEmpty();
        assertThat(keys().findByService("openai")).contains(other);
    }

    @Test
    void a_failed_transaction_keeps_the_key_it_replaced() {
        ApiKey old = key("anthropic", "old", T0);
        keys().insert(old);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            keys().replaceForService(key("anthropic", "new", T0.plusSeconds(1)));
            keys().insert(key("anthropic", "duplicate", T0.plusSeconds(2)));
        })).isInstanceOf(DuplicateApiKeyServiceException.class);

        assertThat(keys().findByService("anthropic")).contains(old);
    }
}
