package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects in memory; like the database's foreign key, a project may name only a sandbox config that exists. */
public class InMemoryProjectRepository implements ProjectRepository, InMemoryStore {
    private final Map<ProjectId, Project> projects = new LinkedHashMap<>();
    private final InMemorySandboxConfigRepository sandboxConfigs;

    public InMemoryProjectRepository(InMemorySandboxConfigRepository sandboxConfigs) {
        this.sandboxConfigs = sandboxConfigs;
    }

    @Override
    public synchronized void insert(Project project) {
        if (projects.values().stream().anyMatch(other -> other.path().equals(project.path()))) {
            throw new DuplicateProjectPathException(project.path());
        }
        requireSandboxConfig(project);
        projects.put(project.id(), project);
    }

    @Override
    public synchronized boolean update(Project project) {
        if (!projects.containsKey(project.id())) {
            return false;
        }
        requireSandboxConfig(project);
        projects.put(project.id(), project);
        return true;
    }

    private void requireSandboxConfig(Project project) {
        SandboxConfigId configId = project.sandboxConfigId();
        if (configId != null && sandboxConfigs.findById(configId).isEmpty()) {
            throw new SandboxConfigNotFoundException(configId);
        }
    }

    synchronized long countUsing(SandboxConfigId configId) {
        return projects.values().stream().filter(project -> configId.equals(project.sandboxConfigId())).count();
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
