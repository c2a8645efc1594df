package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SandboxInstanceRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.DuplicateSandboxInstanceException;
import dev.agentpane.domain.sandbox.DuplicateTmuxSessionException;
import dev.agentpane.domain.sandbox.SandboxInstance;
import dev.agentpane.domain.sandbox.SandboxInstanceId;
import dev.agentpane.domain.sandbox.SandboxTmuxSession;
import dev.agentpane.domain.sandbox.SandboxTmuxSessionId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sandboxes and their tmux sessions in memory. The database's cascades (project → sandbox → sessions) are applied
 * when the sandboxes are next touched, by asking the project fake what exists.
 */
public class InMemorySandboxInstanceRepository implements SandboxInstanceRepository, InMemoryStore {
    private final Map<SandboxInstanceId, SandboxInstance> instances = new LinkedHashMap<>();
    private final Map<SandboxTmuxSessionId, SandboxTmuxSession> sessions = new LinkedHashMap<>();
    private final ProjectRepository projects;

    public InMemorySandboxInstanceRepository(ProjectRepository projects) {
        this.projects = projects;
    }

    private record State(Map<SandboxInstanceId, SandboxInstance> instances,
            Map<SandboxTmuxSessionId, SandboxTmuxSession> sessions) {
    }

    @Override
    public synchronized void insert(SandboxInstance instance) {
        cascadeDeletedProjects();
        if (instances.values().stream().anyMatch(other -> other.projectId().equals(instance.projectId()))) {
            throw new DuplicateSandboxInstanceException(instance.projectId());
        }
        instances.put(instance.id(), instance);
    }

    @Override
    public synchronized boolean update(SandboxInstance instance) {
        cascadeDeletedProjects();
        SandboxInstance stored = instances.get(instance.id());
        if (stored == null) {
            return false;
        }
        instances.put(instance.id(), SandboxInstance.withId(instance.id(), stored.projectId(), instance.containerId(),
                instance.status(), instance.image(), instance.memoryMb(), instance.cpuCores(),
                instance.idleTimeoutMinutes(), instance.volumeMounts(), instance.env(), instance.errorMessage(),
                instance.createdAt(), instance.lastActivityAt(), instance.stoppedAt(), instance.updatedAt()));
        return true;
    }

    @Override
    public synchronized Optional<SandboxInstance> findById(SandboxInstanceId id) {
        cascadeDeletedProjects();
        return Optional.ofNullable(instances.get(id));
    }

    @Override
    public synchronized Optional<SandboxInstance> findByProjectId(ProjectId projectId) {
        cascadeDeletedProjects();
        return instances.values().stream().filter(instance -> instance.projectId().equals(projectId)).findFirst();
    }

    @Override
    public synchronized boolean deleteById(SandboxInstanceId id) {
        cascadeDeletedProjects();
        if (instances.remove(id) == null) {
            return false;
        }
        sessions.values().removeIf(session -> session.sandboxId().equals(id));
        return true;
    }

    @Override
    public synchronized void insertTmuxSession(SandboxTmuxSession session) {
        cascadeDeletedProjects();
        if (!instances.containsKey(session.sandboxId())) {
            throw new IllegalStateException("No sandbox " + session.sandboxId() + " (a foreign key would refuse it)");
        }
        if (sessions.values().stream().anyMatch(other -> other.sandboxId().equals(session.sandboxId())
                && other.sessionName().equals(session.sessionName()))) {
            throw new DuplicateTmuxSessionException(session.sandboxId(), session.sessionName());
        }
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized boolean updateTmuxSession(SandboxTmuxSession session) {
        cascadeDeletedProjects();
        SandboxTmuxSession stored = sessions.get(session.id());
        if (stored == null) {
            return false;
        }
        sessions.put(session.id(), SandboxTmuxSession.withId(stored.id(), stored.sandboxId(), stored.sessionName(),
                session.taskId(), session.windowCount(), session.attached(), stored.createdAt(),
                session.lastActivityAt()));
        return true;
    }

    @Override
    public synchronized List<SandboxTmuxSession> findTmuxSessions(SandboxInstanceId sandboxId) {
        cascadeDeletedProjects();
        return sessions.values().stream()
                .filter(session -> session.sandboxId().equals(sandboxId))
                .sorted(Comparator.comparing(SandboxTmuxSession::sessionName))
                .toList();
    }

    @Override
    public synchronized boolean deleteTmuxSession(SandboxTmuxSessionId id) {
        cascadeDeletedProjects();
        return sessions.remove(id) != null;
    }

    private void cascadeDeletedProjects() {
        instances.values().removeIf(instance -> projects.findById(instance.projectId()).isEmpty());
        sessions.values().removeIf(session -> !instances.containsKey(session.sandboxId()));
    }

    @Override
    public synchronized Object snapshot() {
        return new State(new LinkedHashMap<>(instances), new LinkedHashMap<>(sessions));
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        instances.clear();
        instances.putAll(state.instances());
        sessions.clear();
        sessions.putAll(state.sessions());
    }

    @Override
    public synchronized void clear() {
        instances.clear();
        sessions.clear();
    }
}
