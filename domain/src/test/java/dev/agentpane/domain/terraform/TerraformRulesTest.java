package dev.agentpane.domain.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
