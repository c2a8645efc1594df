package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "x", "sk-ant-12345", "123456789012"})
    void a_secret_of_at_most_twelve_characters_masks_to_eight_bullets(String plaintext) {
        assertThat(Secret.of(plaintext).masked()).isEqualTo("••••••••");
    }

    @Test
    void a_longer_secret_shows_its_first_and_last_four_characters_around_eight_bullets() {
        assertThat(Secret.of("1234567890123").masked()).isEqualTo("1234••••••••0123");
        assertThat(Secret.of("sk-ant-api03-abcdefghijklmnopqrstuvwxyz-WXYZ").masked()).isEqualTo("sk-a••••••••WXYZ");
    }

    @Test
    void masking_counts_characters_not_utf16_units_and_never_cuts_one_in_half() {
        String emoji = "🔑";
        assertThat(Secret.of(emoji.repeat(12)).masked()).isEqualTo("••••••••");
        assertThat(Secret.of(emoji.repeat(13)).masked()).isEqualTo(emoji.repeat(4) + "••••••••" + emoji.repeat(4));
        assertThat(Secret.of(emoji.repeat(13)).length()).isEqualTo(13);
    }

    @Test
    void a_secret_never_prints_its_text() {
        Secret secret = Secret.of("sk-ant-very-secret-value");

        assertThat(secret.toString()).doesNotContain("secret-value").doesNotContain("sk-ant");
        assertThat(String.valueOf(new Holder(secret))).doesNotContain("secret-value");
        assertThat(secret.reveal()).isEqualTo("sk-ant-very-secret-value");
    }

    private record Holder(Secret secret) {
    }

    @Test
    void secrets_with_the_same_text_are_equal() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    }
}
