package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;
import java.util.List;

public record TaskPage(List<PositionedTask> items, long totalCount) {
    public TaskPage {
        items = List.copyOf(items);
    }
}
