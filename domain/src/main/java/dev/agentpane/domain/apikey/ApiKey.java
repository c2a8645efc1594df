package dev.agentpane.domain.apikey;

import dev.agentpane.domain.shared.InvalidSecretFormatException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * The key of one external service (e.g. {@code anthropic}), at most one per service. The key is held only encrypted,
 * beside the masked form clients are shown; {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param lastValidatedAt null when the key was never validated
 */
public record ApiKey(
        ApiKeyId id,
        String service,
        String encryptedKey,
        String maskedKey,
        boolean isValid,
        Instant lastValidatedAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int SERVICE_MAX = 100;
    public static final int ENCRYPTED_KEY_MAX = 10_000;
    public static final int MASKED_KEY_MAX = 100;
    /** Provider keys are about a hundred characters; the bound keeps the encrypted form within {@link #ENCRYPTED_KEY_MAX}. */
    public static final int PLAINTEXT_KEY_MAX = 1000;
    public static final String ANTHROPIC_KEY_PREFIX = "sk-ant-";

    public ApiKey {
        Objects.requireNonNull(id, "id");
        service = Text.required(service, SERVICE_MAX, "Service");
        encryptedKey = Text.required(encryptedKey, ENCRYPTED_KEY_MAX, "Encrypted key");
        maskedKey = Text.required(maskedKey, MASKED_KEY_MAX, "Masked key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A freshly saved key counts as valid and validated now, as in the original (no live check with the provider). */
    public static ApiKey create(String service, String encryptedKey, String maskedKey, Instant now) {
        return new ApiKey(ApiKeyId.generate(now.toEpochMilli()), service, encryptedKey, maskedKey, true, now, now, now);
    }

    /**
     * Checks a key given for {@code service} (reference §4.10): present, bounded, and for Anthropic of Anthropic's form.
     *
     * @throws ValidationException          when the key is empty or too long
     * @throws InvalidSecretFormatException when an Anthropic key does not start with {@code sk-ant-}
     */
    public static void checkPlaintext(ServiceName service, Secret key) {
        if (key == null || key.reveal().isEmpty()) {
            throw new ValidationException("API key is required");
        }
        if (key.length() > PLAINTEXT_KEY_MAX) {
            throw new ValidationException("API key must be at most " + PLAINTEXT_KEY_MAX + " characters");
        }
        if (ServiceName.ANTHROPIC.equals(service) && !key.startsWith(ANTHROPIC_KEY_PREFIX)) {
            throw new InvalidSecretFormatException("Invalid Anthropic API key format: it must start with " + ANTHROPIC_KEY_PREFIX);
        }
    }

    public static ApiKey withId(ApiKeyId id, String service, String encryptedKey, String maskedKey, boolean isValid,
            Instant lastValidatedAt, Instant createdAt, Instant updatedAt) {
        return new ApiKey(id, service, encryptedKey, maskedKey, isValid, lastValidatedAt, createdAt, updatedAt);
    }
}
