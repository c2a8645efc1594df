package dev.agentpane.domain.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TerraformRulesTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void a_module_list_shows_between_1_and_200_modules() {
        assertThat(new TerraformModuleQuery(TerraformModuleFilter.ALL, 1).limit()).isEqualTo(1);
        assertThat(new TerraformModuleQuery(TerraformModuleFilter.ALL, 200).limit()).isEqualTo(200);
        assertThatThrownBy(() -> new TerraformModuleQuery(TerraformModuleFilter.ALL, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new TerraformModuleQuery(TerraformModuleFilter.ALL, 201)).isInstanceOf(ValidationException.class);
    }

    @Test
    void blank_filter_text_does_not_filter() {
        assertThat(new TerraformModuleFilter(null, " ", "")).isEqualTo(TerraformModuleFilter.ALL);
    }

    @Test
    void a_registry_syncs_every_5_minutes_at_most() {
        assertThat(TerraformRegistry.create("Acme", "acme", "key", 5, T0).nextSyncAt()).isEqualTo(T0.plusSeconds(300));
        assertThatThrownBy(() -> TerraformRegistry.create("Acme", "acme", "key", 4, T0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 5");
    }

    @Test
    void a_registry_needs_a_name_an_organization_and_a_token_setting_key() {
        assertThatThrownBy(() -> TerraformRegistry.create(" ", "acme", "key", null, T0)).hasMessage("Name is required");
        assertThatThrownBy(() -> TerraformRegistry.create("Acme", "", "key", null, T0))
                .hasMessage("Organization name is required");
        assertThatThrownBy(() -> TerraformRegistry.create("Acme", "acme", null, null, T0))
                .hasMessage("Token setting key is required");
    }

    @Test
    void a_change_replaces_what_it_names_and_a_new_interval_reschedules_from_now() {
        TerraformRegistry registry = TerraformRegistry.create("Acme", "acme", "key", 30, T0);
        Instant later = T0.plusSeconds(600);

        TerraformRegistry renamed = registry.apply(new TerraformRegistryChange("Acme Corp", null, null, null), later);
        TerraformRegistry hourly = renamed.apply(new TerraformRegistryChange(null, "acme-corp", "other-key", SyncInterval.Change.to(60)), later);
        TerraformRegistry manual = hourly.apply(new TerraformRegistryChange(null, null, null, SyncInterval.Change.to(null)), later);

        assertThat(renamed.name()).isEqualTo("Acme Corp");
        assertThat(renamed.orgName()).isEqualTo("acme");
        assertThat(renamed.nextSyncAt()).isEqualTo(registry.nextSyncAt());
        assertThat(renamed.updatedAt()).isEqualTo(later);
        assertThat(hourly.orgName()).isEqualTo("acme-corp");
        assertThat(hourly.tokenSettingKey()).isEqualTo("other-key");
        assertThat(hourly.nextSyncAt()).isEqualTo(later.plusSeconds(3600));
        assertThat(manual.syncIntervalMinutes()).isNull();
        assertThat(manual.nextSyncAt()).isNull();
        assertThatThrownBy(() -> new TerraformRegistryChange("", null, null, null)).hasMessage("Name is required");
    }
}
