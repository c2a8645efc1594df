package dev.agentpane.application.port.in.project;

public interface ListProjectSummariesUseCase {
    ProjectSummaryPage listSummaries(ListProjectsQuery query);
}
