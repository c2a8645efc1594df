package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    private static final DateTimeFormatter JDK_ISO_MILLIS = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    @Test
    void formats_as_javascripts_toISOString_does() {
        assertThat(InstantText.format(Instant.parse("2026-01-02T03:04:05.678Z"))).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(InstantText.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(InstantText.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(InstantText.format(Instant.parse("2026-01-02T03:04:05.678999Z"))).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(InstantText.format(null)).isNull();
    }

    @Test
    void agrees_with_the_jdk_formatter_and_parser_across_the_whole_common_range() {
        SplittableRandom random = new SplittableRandom(42);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(first, last + 1), random.nextInt(1_000_000_000));
            String text = InstantText.format(instant);
            assertThat(text).isEqualTo(JDK_ISO_MILLIS.format(instant));
            assertThat(InstantText.parse(text)).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Test
    void years_outside_four_digits_fall_back_to_the_jdk_form() {
        Instant farFuture = Instant.parse("+12026-01-02T03:04:05.678Z");
        assertThat(InstantText.format(farFuture)).isEqualTo(JDK_ISO_MILLIS.format(farFuture));
        assertThat(InstantText.parse(InstantText.format(farFuture))).isEqualTo(farFuture);
    }

    @Test
    void reads_other_iso_forms_through_the_jdk() {
        assertThat(InstantText.parse("2026-01-02T03:04:05Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(InstantText.parse("2026-01-02T03:04:05.123456Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
    }

    @Test
    void refuses_text_that_names_no_instant() {
        for (String bad : new String[] {"2026-02-30T03:04:05.678Z", "2026-01-02T24:04:05.678Z", "2026-01-02T03:60:05.678Z",
                "2026-13-02T03:04:05.678Z", "2026-01-02T03:04:05.67xZ", "2026-01-02 03:04:05.678Z", "yesterday"}) {
            assertThatThrownBy(() -> InstantText.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
