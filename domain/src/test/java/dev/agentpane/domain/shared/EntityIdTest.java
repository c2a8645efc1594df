package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {
    private static final long NOW = Instant.parse("2025-06-01T12:00:00.123Z").toEpochMilli();

    @Test
    void a_generated_id_is_24_lowercase_base36_characters() {
        String id = EntityId.generate(NOW);

        assertThat(id).hasSize(24).matches("[0-9a-z]{24}");
    }

    @Test
    void a_generated_id_matches_the_accepted_pattern() {
        String id = EntityId.generate(NOW);

        assertThat(EntityId.PATTERN.matcher(id).matches()).isTrue();
        assertThat(EntityId.isValid(id)).isTrue();
    }

    @Test
    void an_id_generated_one_millisecond_later_sorts_after_the_earlier_one() {
        for (int i = 0; i < 200; i++) {
            String earlier = EntityId.generate(NOW + i);
            String later = EntityId.generate(NOW + i + 1);

            assertThat(later).isGreaterThan(earlier);
        }
    }

    @Test
    void ids_generated_in_the_same_millisecond_sort_in_generation_order() {
        String previous = EntityId.generate(NOW + 500);
        for (int i = 0; i < 1_000; i++) {
            String next = EntityId.generate(NOW + 500);

            assertThat(next).hasSize(24).matches("[0-9a-z]{24}").isGreaterThan(previous);
            assertThat(next).startsWith(previous.substring(0, 9));
            previous = next;
        }
    }

    @Test
    void ids_generated_at_widely_separated_times_sort_in_time_order() {
        long[] times = {
            0L,
            1L,
            35L,
            36L,
            Instant.parse("1999-12-31T23:59:59.999Z").toEpochMilli(),
            NOW,
            Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(),
            Instant.parse("4000-01-01T00:00:00Z").toEpochMilli()
        };

        for (int i = 1; i < times.length; i++) {
            assertThat(EntityId.generate(times[i])).isGreaterThan(EntityId.generate(times[i - 1]));
        }
    }

    @Test
    void ids_generated_in_the_same_millisecond_are_distinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(EntityId.generate(NOW));
        }

        assertThat(ids).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "clh3am1f20000qz0u2f9w8x6e",
        "tz4a98xxat96iws9zmbrgj3a",
        "anthropic-official-marketplace",
        "agent-abc_1",
        "A",
        "UPPER_and_lower-09"
    })
    void isValid_accepts_ids_of_letters_digits_dashes_and_underscores(String candidate) {
        assertThat(EntityId.isValid(candidate)).isTrue();
    }

    @Test
    void isValid_accepts_an_id_of_100_characters() {
        assertThat(EntityId.isValid("a".repeat(100))).isTrue();
    }

    @Test
    void isValid_rejects_an_id_of_101_characters() {
        assertThat(EntityId.isValid("a".repeat(101))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a.b", "a b", "ä", "../x", "a/b", " a", "a\n"})
    void isValid_rejects_missing_ids_and_ids_with_other_characters(String candidate) {
        assertThat(EntityId.isValid(candidate)).isFalse();
    }

    @Test
    void require_returns_a_valid_id_unchanged() {
        assertThat(EntityId.require("agent-abc_1", "agentId")).isEqualTo("agent-abc_1");
    }

    @Test
    void require_throws_an_invalid_id_exception_naming_the_field() {
        assertThatThrownBy(() -> EntityId.require("../x", "projectId"))
                .isInstanceOf(InvalidIdException.class)
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid projectId format")
                .satisfies(e -> assertThat(((InvalidIdException) e).field()).isEqualTo("projectId"));
    }

    @Test
    void require_rejects_null() {
        assertThatThrownBy(() -> EntityId.require(null, "taskId"))
                .isInstanceOf(InvalidIdException.class)
                .hasMessageContaining("taskId");
    }
}
