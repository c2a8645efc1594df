package dev.agentpane.domain.template;

/** A slash command found under the template's config path at the last sync. */
public record CachedCommand(String name, String description, String content) {
}
