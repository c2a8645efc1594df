package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The application keeps no message bundles: Spring's callers get their default message, formatted with its arguments. */
class DefaultMessagesOnlyTest {
    private final DefaultMessagesOnly messages = new DefaultMessagesOnly();

    @Test
    void a_default_message_is_returned_and_its_arguments_filled_in() {
        assertThat(messages.getMessage("any.code", null, "Plain text", Locale.ROOT)).isEqualTo("Plain text");
        assertThat(messages.getMessage("any.code", new Object[] {"title"}, "Field {0} is missing", Locale.ROOT)).isEqualTo("Field title is missing");
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"a.code"}, new Object[] {3}, "{0} errors"), Locale.ROOT))
                .isEqualTo("3 errors");
    }

    @Test
    void a_message_without_a_default_does_not_exist() {
        assertThatThrownBy(() -> messages.getMessage("any.code", null, Locale.ROOT)).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> messages.getMessage(new DefaultMessageSourceResolvable("a.code"), Locale.ROOT))
                .isInstanceOf(NoSuchMessageException.class).hasMessageContaining("a.code");
    }
}
