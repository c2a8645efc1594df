package dev.agentpane.application.port.out;

import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The key/value settings store; values are JSON documents. */
public interface SettingsRepository {
    Map<String, JsonText> findAll();

    /** Only the keys that exist are in the result. */
    Map<String, JsonText> findByKeys(Collection<String> keys);

    /** Inserts or replaces each entry, stamping it with {@code updatedAt}. */
    void upsertAll(Map<String, JsonText> values, Instant updatedAt);
}
