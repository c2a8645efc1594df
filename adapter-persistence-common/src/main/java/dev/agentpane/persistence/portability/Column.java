package dev.agentpane.persistence.portability;

/** One column of a table as the copy sees it. {@code hasDefault}: the database fills it when an insert leaves it out. */
public record Column(String name, LogicalType type, boolean nullable, boolean hasDefault) {
}
