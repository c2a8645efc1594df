package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

public class InMemorySettingsRepository implements SettingsRepository, InMemoryStore {
    private final Map<String, JsonText> values = new TreeMap<>();

    @Override
    public synchronized Map<String, JsonText> findAll() {
        return new TreeMap<>(values);
    }

    @Override
    public synchronized Map<String, JsonText> findByKeys(Collection<String> keys) {
        Map<String, JsonText> found = new TreeMap<>();
        keys.stream().filter(values::containsKey).forEach(key -> found.put(key, values.get(key)));
        return found;
    }

    @Override
    public synchronized void upsertAll(Map<String, JsonText> newValues, Instant updatedAt) {
        values.putAll(newValues);
    }

    @Override
    public synchronized Object snapshot() {
        return new TreeMap<>(values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        values.clear();
        values.putAll((Map<String, JsonText>) snapshot);
    }

    @Override
    public synchronized void clear() {
        values.clear();
    }
}
