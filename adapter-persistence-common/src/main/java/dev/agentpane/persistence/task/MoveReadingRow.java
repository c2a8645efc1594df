package dev.agentpane.persistence.task;

import dev.agentpane.persistence.shared.ReadSideBySide;

/**
 * What a move reads ({@code TaskRepository.findLockingBoardForMove}): the card, its target column's end, and the keys
 * asked for around a place in that column ({@code firstNeighbourKey} the earlier; null where there is none).
 */
public record MoveReadingRow(TaskRow task, ColumnEndRow columnEnd, String firstNeighbourKey, String secondNeighbourKey)
        implements ReadSideBySide {
}
