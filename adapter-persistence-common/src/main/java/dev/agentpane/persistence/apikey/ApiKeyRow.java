package dev.agentpane.persistence.apikey;

import java.time.Instant;

/** One row of {@code api_keys}. */
public record ApiKeyRow(
        String id,
        String service,
        String encryptedKey,
        String maskedKey,
        Boolean isValid,
        Instant lastValidatedAt,
        Instant createdAt,
        Instant updatedAt) {
}
