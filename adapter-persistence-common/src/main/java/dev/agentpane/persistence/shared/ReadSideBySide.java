package dev.agentpane.persistence.shared;

/**
 * Marks a row record that may be read from several result sets side by side: a statement string of several
 * statements (which PostgreSQL's driver sends in one round trip, and whose statements each see what the ones before
 * them locked and changed) yields one row per statement, and the record takes its components from the columns of
 * all of them together ({@link RecordMappingConfiguration}). A statement without a row means there is no record: a
 * locking statement whose row is missing says that what it locks does not exist. Read from one result set, the record
 * is filled as any other.
 */
public interface ReadSideBySide {
}
