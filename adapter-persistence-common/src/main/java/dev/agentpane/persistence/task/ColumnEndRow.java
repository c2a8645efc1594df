package dev.agentpane.persistence.task;

/** A column's greatest sort key (null when it is empty) and its number of cards. */
public record ColumnEndRow(String lastSortKey, Long cards) {
}
