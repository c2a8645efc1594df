package dev.agentpane.persistence.portability;

/**
 * What a column holds, whatever the dialect stores it as (docs/persistence-dialects.md, "Types"). Each value travels
 * between databases as one Java type: text {@code String}, integer {@code Long}, real {@code Double}, boolean
 * {@code Boolean}, JSON {@code String} (the document's text), timestamp {@code java.time.Instant}.
 */
public enum LogicalType {
    TEXT, INTEGER, REAL, BOOLEAN, JSON, TIMESTAMP
}
