package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import java.util.List;

/** One page of projects and how many projects there are in all. */
public record ProjectPage(List<Project> items, long totalCount) {
    public ProjectPage {
        items = List.copyOf(items);
    }

    public boolean hasMore(int offset) {
        return offset + items.size() < totalCount;
    }
}
