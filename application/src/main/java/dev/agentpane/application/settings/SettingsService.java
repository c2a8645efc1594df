package dev.agentpane.application.settings;

import dev.agentpane.application.port.in.settings.GetSettingsQuery;
import dev.agentpane.application.port.in.settings.GetSettingsUseCase;
import dev.agentpane.application.port.in.settings.UpdateSettingsCommand;
import dev.agentpane.application.port.in.settings.UpdateSettingsUseCase;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.shared.JsonText;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

public class SettingsService implements GetSettingsUseCase, UpdateSettingsUseCase {
    private final SettingsRepository settings;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SettingsService(SettingsRepository settings, TransactionRunner transactions, Clock clock) {
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Map<String, JsonText> get(GetSettingsQuery query) {
        if (query.keys() != null && query.keys().isEmpty()) {
            return Map.of();
        }
        return new TreeMap<>(query.keys() == null ? settings.findAll() : settings.findByKeys(query.keys()));
    }

    @Override
    public void update(UpdateSettingsCommand command) {
        if (command.values().isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> settings.upsertAll(command.values(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }
}
