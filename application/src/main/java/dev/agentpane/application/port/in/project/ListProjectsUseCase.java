package dev.agentpane.application.port.in.project;

public interface ListProjectsUseCase {
    ProjectPage list(ListProjectsQuery query);
}
