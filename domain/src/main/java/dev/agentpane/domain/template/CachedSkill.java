package dev.agentpane.domain.template;

/** A skill found under the template's config path at the last sync. */
public record CachedSkill(String id, String name, String description, String content) {
}
