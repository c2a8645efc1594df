package dev.agentpane.persistence.portability;

import java.util.List;

/** {@code columns} of the child table reference {@code parentColumns} of {@code parentTable}. */
public record ForeignKey(List<String> columns, String parentTable, List<String> parentColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }
}
