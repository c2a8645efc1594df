package dev.agentpane.domain.template;

/** A sub-agent definition found under the template's config path at the last sync. */
public record CachedAgent(String name, String description, String content) {
}
