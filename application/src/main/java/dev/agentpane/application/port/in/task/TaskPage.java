package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;
import java.util.List;

/**
 * One page of a board.
 *
 * @param boardVersion the board version the whole page was read at (see {@link GetBoardVersionUseCase}); null when the
 *                     board changed while it was read, or there is no such project
 */
public record TaskPage(List<PositionedTask> items, long totalCount, Long boardVersion) {
    public TaskPage {
        items = List.copyOf(items);
    }
}
