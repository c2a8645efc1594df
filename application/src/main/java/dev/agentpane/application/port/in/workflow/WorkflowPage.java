package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.Workflow;
import java.util.List;

/** One page of workflows and how many match in all. */
public record WorkflowPage(List<Workflow> items, long totalCount) {
    public WorkflowPage {
        items = List.copyOf(items);
    }

    public boolean hasMore(int offset) {
        return offset + items.size() < totalCount;
    }
}
