package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A conversation asking for Terraform code composed from a registry's modules.
 *
 * @param sessionId  the compose session to continue; null for a new one
 * @param registryId the registry whose modules to use; null for all
 */
public record ComposeTerraformCommand(List<Message> messages, String sessionId, TerraformRegistryId registryId) {
    public static final int MAX_MESSAGES = 200;
    public static final int MAX_CONTENT = 100_000;
    public static final int SESSION_ID_MAX = 128;
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1," + SESSION_ID_MAX + "}");

    public enum Role implements WireValue {
        USER("user"),
        ASSISTANT("assistant");

        private final String wireValue;

        Role(String wireValue) {
            this.wireValue = wireValue;
        }

        @Override
        public String wireValue() {
            return wireValue;
        }
    }

    public record Message(Role role, String content) {
        public Message {
            Objects.requireNonNull(role, "role");
            content = Text.required(content, MAX_CONTENT, "content");
        }
    }

    public ComposeTerraformCommand {
        if (messages == null || messages.isEmpty()) {
            throw new ValidationException("messages must hold at least one message");
        }
        if (messages.size() > MAX_MESSAGES) {
            throw new ValidationException("messages may hold at most " + MAX_MESSAGES + " messages");
        }
        messages = List.copyOf(messages);
        if (sessionId != null && !isValidSessionId(sessionId)) {
            throw new ValidationException("sessionId must be 1.." + SESSION_ID_MAX + " letters, digits, '-' or '_'");
        }
    }

    public static boolean isValidSessionId(String sessionId) {
        return sessionId != null && SESSION_ID.matcher(sessionId).matches();
    }
}
