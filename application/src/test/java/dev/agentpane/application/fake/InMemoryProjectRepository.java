package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryProjectRepository implements ProjectRepository, InMemoryStore {
    private final Map<ProjectId, Project> projects = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Project project) {
        if (projects.values().stream().anyMatch(other -> other.path().equals(project.path()))) {
            throw new DuplicateProjectPathException(project.path());
        }
        projects.put(project.id(), project);
    }

    @Override
    public synchronized boolean update(Project project) {
        return projects.replace(project.id(), project) != null;
    }

    @Override
    public synchronized Optional<Project> findById(ProjectId id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public synchronized List<Project> findRecentlyUpdated(int limit, int offset) {
        return projects.values().stream()
                .sorted(Comparator.comparing(Project::updatedAt).thenComparing(project -> project.id().value()).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count() {
        return projects.size();
    }

    @Override
    public synchronized boolean deleteById(ProjectId id) {
        return projects.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(projects);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        projects.clear();
        projects.putAll((Map<ProjectId, Project>) snapshot);
    }

    @Override
    public synchronized void clear() {
        projects.clear();
    }
}
