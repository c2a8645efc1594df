package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.ProjectSummary;
import java.util.List;

public record ProjectSummaryPage(List<ProjectSummary> items, long totalCount) {
    public ProjectSummaryPage {
        items = List.copyOf(items);
    }
}
