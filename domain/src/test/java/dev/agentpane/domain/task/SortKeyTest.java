package dev.agentpane.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortKeyTest {

    @Test
    void the_first_key_sits_in_the_middle() {
        assertThat(SortKey.first()).isEqualTo("V");
    }

    @Test
    void appending_a_thousand_cards_keeps_keys_increasing_and_short() {
        String last = SortKey.first();
        for (int i = 0; i < 1000; i++) {
            String next = SortKey.between(last, null);
            assertThat(next).isGreaterThan(last);
            last = next;
        }
        assertThat(last.length()).isLessThanOrEqualTo(20);
    }

    /** The create benchmark appends ~100,000 cards to one column; keys must not grow with the count. */
    @Test
    void appending_or_prepending_a_hundred_thousand_cards_lengthens_keys_only_logarithmically() {
        String last = SortKey.first();
        String first = SortKey.first();
        for (int i = 0; i < 100_000; i++) {
            String next = SortKey.between(last, null);
            String previous = SortKey.between(null, first);
            assertThat(next).isGreaterThan(last);
            assertThat(previous).isLessThan(first);
            last = next;
            first = previous;
        }
        assertThat(last).hasSizeLessThanOrEqualTo(7);
        assertThat(first).hasSizeLessThanOrEqualTo(15);
        assertThat(SortKey.between("z1z", null)).as("the next key of the same length").isEqualTo("z21");
        assertThat(SortKey.between("z", null)).isEqualTo("z11");
        assertThat(SortKey.between(null, "z21")).isEqualTo("z1z");
        assertThat(SortKey.between(null, "1")).isEqualTo("0zz");
    }

    @Test
    void prepending_a_thousand_cards_keeps_keys_decreasing() {
        String first = SortKey.first();
        for (int i = 0; i < 1000; i++) {
            String next = SortKey.between(null, first);
            assertThat(next).isLessThan(first);
            first = next;
        }
    }

    @Test
    void bisecting_the_same_gap_again_and_again_always_finds_a_key() {
        String low = "a";
        String high = "b";
        for (int i = 0; i < 200; i++) {
            String middle = SortKey.between(low, high);
            assertThat(middle).isGreaterThan(low).isLessThan(high);
            if (i % 2 == 0) {
                high = middle;
            } else {
                low = middle;
            }
        }
    }

    @Test
    void keys_of_neighbours_that_differ_by_one_digit_still_have_room_between_them() {
        assertThat(SortKey.between("a", "b")).isGreaterThan("a").isLessThan("b");
        assertThat(SortKey.between("az", "b")).isGreaterThan("az").isLessThan("b");
        assertThat(SortKey.between("a", "a1")).isGreaterThan("a").isLessThan("a1");
        assertThat(SortKey.between(null, "01")).isLessThan("01");
        assertThat(SortKey.between("zz", null)).isGreaterThan("zz");
    }

    @Test
    void spread_keys_increase_share_the_shortest_length_with_room_between_and_are_well_formed() {
        for (int count : new int[] {0, 1, 2, 40, 61, 62, 3843, 50_000}) {
            List<String> keys = SortKey.spread(count);
            assertThat(keys).hasSize(count).isSorted().doesNotHaveDuplicates();
            keys.forEach(SortKey::requireWellFormed);
            keys.forEach(key -> assertThat(SortKey.isTooLong(key)).isFalse());
        }
        assertThat(SortKey.spread(40)).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(3));
        assertThat(SortKey.spread(50_000)).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(5));
        assertThat(SortKey.spread(1)).containsExactly("V");
    }

    @Test
    void a_spread_column_takes_dozens_of_placements_into_one_gap_before_a_key_is_too_long() {
        List<String> keys = SortKey.spread(40);
        String low = keys.get(0);
        String high = keys.get(1);
        int placements = 0;
        String key;
        do {
            key = SortKey.between(low, high);
            high = key; // every new card right after the first one: the worst case, one gap halved each time
            placements++;
        } while (!SortKey.isTooLong(key));
        assertThat(placements).isGreaterThanOrEqualTo(40);
    }

    @Test
    void placing_cards_into_the_same_gaps_lengthens_keys_until_they_are_too_long() {
        List<String> keys = new ArrayList<>(SortKey.spread(10));
        Random random = new Random(7);
        boolean tooLong = false;
        for (int i = 0; i < 1000 && !tooLong; i++) {
            int slot = 1 + random.nextInt(3);
            String key = SortKey.between(keys.get(slot - 1), keys.get(slot));
            keys.add(slot, key);
            tooLong = SortKey.isTooLong(key);
        }
        assertThat(tooLong).as("without spreading, keys outgrow the bound").isTrue();
    }

    @Test
    void random_insertions_keep_every_key_unique_and_in_order() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>(List.of(SortKey.first()));
        for (int i = 0; i < 2000; i++) {
            int slot = random.nextInt(keys.size() + 1);
            String before = slot == 0 ? null : keys.get(slot - 1);
            String after = slot == keys.size() ? null : keys.get(slot);
            String key = SortKey.between(before, after);
            SortKey.requireWellFormed(key);
            keys.add(slot, key);
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void misordered_or_malformed_keys_are_refused() {
        assertThatThrownBy(() -> SortKey.between("b", "a")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SortKey.between("a", "a")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SortKey.between("a0", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SortKey.between("a-b", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SortKey.between("", null)).isInstanceOf(ValidationException.class);
    }
}
