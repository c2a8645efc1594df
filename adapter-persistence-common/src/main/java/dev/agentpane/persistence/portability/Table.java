package dev.agentpane.persistence.portability;

import java.util.List;
import java.util.Optional;

/**
 * A table read from a database's metadata: its columns in the database's order, primary key, foreign keys and the
 * unique keys other than the primary key (partial unique indexes excluded: they hold only for some rows).
 */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
        List<List<String>> uniqueKeys) {
    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    public boolean referencesItself() {
        return foreignKeys.stream().anyMatch(key -> key.parentTable().equals(name));
    }

    /** The column list as SQL, in this table's order. Names come from the database's own metadata. */
    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }
}
