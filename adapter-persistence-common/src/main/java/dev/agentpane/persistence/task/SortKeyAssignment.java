package dev.agentpane.persistence.task;

/** A card's new sort key, for {@link TaskMapper#setSortKeys}. */
public record SortKeyAssignment(String id, String sortKey) {
}
