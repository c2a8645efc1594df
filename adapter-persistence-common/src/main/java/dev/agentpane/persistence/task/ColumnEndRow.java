package dev.agentpane.persistence.task;

import dev.agentpane.persistence.shared.ReadSideBySide;

/**
 * A column's greatest sort key (null when it is empty) and its number of cards; read side by side with the board's lock
 * where the dialect sends both together ({@code lockBoardAtColumnEnd}).
 */
public record ColumnEndRow(String lastSortKey, Long cards) implements ReadSideBySide {
}
