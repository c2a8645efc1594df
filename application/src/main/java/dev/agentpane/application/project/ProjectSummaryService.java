package dev.agentpane.application.project;

import dev.agentpane.application.port.in.project.ListProjectSummariesUseCase;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.ProjectSummaryPage;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.AgentRepository.WorkingAgent;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TaskRepository.TaskActivity;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary;
import dev.agentpane.domain.project.ProjectSummary.RunningAgent;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home page's project cards. A page costs four queries whatever the number of projects and tasks: the projects,
 * their count, their tasks counted per column, and their working agents.
 */
public class ProjectSummaryService implements ListProjectSummariesUseCase {
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final AgentRepository agents;

    public ProjectSummaryService(ProjectRepository projects, TaskRepository tasks, AgentRepository agents) {
        this.projects = projects;
        this.tasks = tasks;
        this.agents = agents;
    }

    @Override
    public ProjectSummaryPage listSummaries(ListProjectsQuery query) {
        List<Project> page = projects.findRecentlyUpdated(query.limit(), query.offset());
        List<ProjectId> ids = page.stream().map(Project::id).toList();
        Map<ProjectId, TaskActivity> activity = tasks.activityOf(ids);
        Map<ProjectId, List<RunningAgent>> working = agents.findWorking(ids, AgentStatus.ACTIVE).stream()
                .collect(Collectors.groupingBy(WorkingAgent::projectId, Collectors.mapping(ProjectSummaryService::runningAgent,
                        Collectors.toList())));
        List<ProjectSummary> summaries = page.stream().map(project -> {
            TaskActivity projectActivity = activity.get(project.id());
            TaskCounts counts = projectActivity == null ? TaskCounts.NONE : projectActivity.counts();
            Instant lastActivity = projectActivity == null || projectActivity.lastUpdatedAt().isBefore(project.updatedAt())
                    ? project.updatedAt()
                    : projectActivity.lastUpdatedAt();
            return new ProjectSummary(project, counts, working.getOrDefault(project.id(), List.of()), lastActivity);
        }).toList();
        return new ProjectSummaryPage(summaries, projects.count());
    }

    private static RunningAgent runningAgent(WorkingAgent agent) {
        return new RunningAgent(agent.id().value(), agent.name(),
                agent.currentTaskId() == null ? null : agent.currentTaskId().value(), agent.currentTaskTitle());
    }
}
