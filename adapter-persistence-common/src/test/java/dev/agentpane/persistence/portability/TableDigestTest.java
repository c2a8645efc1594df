package dev.agentpane.persistence.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableDigestTest {
    private static final Table TABLE = new Table("things", List.of(
            new Column("id", LogicalType.TEXT, false, false),
            new Column("data", LogicalType.JSON, true, false),
            new Column("n", LogicalType.INTEGER, true, false)), List.of("id"), List.of(), List.of());

    private static TableDigest digest(Object[]... rows) {
        TableDigest.Builder builder = new TableDigest.Builder(TABLE);
        for (Object[] row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    @Test
    void the_same_rows_in_another_order_and_json_spelling_give_the_same_checksum() {
        TableDigest first = digest(new Object[] {"a", "{\"x\": 1.0}", 1L}, new Object[] {"b", null, null});
        TableDigest second = digest(new Object[] {"b", null, null}, new Object[] {"a", "{\"x\":1}", 1L});

        assertThat(first.checksum()).isEqualTo(second.checksum());
        assertThat(first.firstDifference(second)).isNull();
    }

    @Test
    void the_first_difference_names_the_key_and_what_differs() {
        TableDigest source = digest(new Object[] {"a", null, 1L}, new Object[] {"b", null, 2L}, new Object[] {"c", null, 3L});

        assertThat(source.firstDifference(digest(new Object[] {"a", null, 1L}, new Object[] {"b", null, 5L}, new Object[] {"c", null, 3L})))
                .hasToString("row b differs");
        assertThat(source.firstDifference(digest(new Object[] {"a", null, 1L}, new Object[] {"c", null, 3L})))
                .hasToString("row b is missing in the target");
        assertThat(source.firstDifference(digest(new Object[] {"a", null, 1L}, new Object[] {"b", null, 2L}, new Object[] {"c", null, 3L},
                new Object[] {"d", null, 4L}))).hasToString("row d is in the target only");
        assertThat(digest(new Object[] {"a", null, null}).checksum()).isNotEqualTo(digest(new Object[] {"a", null, 0L}).checksum());
    }
}
