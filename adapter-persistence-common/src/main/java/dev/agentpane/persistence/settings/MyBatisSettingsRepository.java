package dev.agentpane.persistence.settings;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class MyBatisSettingsRepository implements SettingsRepository {
    private final SettingsMapper mapper;

    public MyBatisSettingsRepository(SettingsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<String, JsonText> findAll() {
        return toMap(mapper.findAll());
    }

    @Override
    public Map<String, JsonText> findByKeys(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : toMap(mapper.findByKeys(keys));
    }

    @Override
    public void upsertAll(Map<String, JsonText> values, Instant updatedAt) {
        values.forEach((key, value) -> mapper.upsert(new SettingRow(key, value.json(), updatedAt)));
    }

    private static Map<String, JsonText> toMap(List<SettingRow> rows) {
        Map<String, JsonText> values = new TreeMap<>();
        rows.forEach(row -> values.put(row.settingKey(), new JsonText(row.settingValue())));
        return values;
    }
}
