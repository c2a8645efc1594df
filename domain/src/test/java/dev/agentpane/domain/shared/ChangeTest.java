package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChangeTest {
    @Test
    void a_kept_field_keeps_the_current_value_and_a_changed_one_takes_the_new_value_even_null() {
        assertThat(Change.<String>keep().applyTo("old")).isEqualTo("old");
        assertThat(Change.to("new").applyTo("old")).isEqualTo("new");
        assertThat(Change.<String>to(null).applyTo("old")).isNull();
        assertThat(Change.orKeep(null)).isEqualTo(Change.keep());
    }

    @Test
    void a_field_that_may_not_be_empty_refuses_a_change_to_null() {
        assertThatThrownBy(() -> Change.to(null).requireValue("name"))
                .isInstanceOf(ValidationException.class).hasMessage("name cannot be null");
        assertThat(Change.keep().requireValue("name")).isEqualTo(Change.keep());
    }

    @Test
    void mapping_converts_only_a_present_value() {
        assertThat(Change.to("5").map(Integer::valueOf)).isEqualTo(Change.to(5));
        assertThat(Change.<String>to(null).map(Integer::valueOf)).isEqualTo(Change.to(null));
        assertThat(Change.<String>keep().map(Integer::valueOf).isChanged()).isFalse();
    }
}
