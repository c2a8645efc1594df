package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import java.util.List;
import java.util.Optional;

public interface ProjectRepository {
    /**
     * @throws DuplicateProjectPathException    when another project has the same path
     * @throws SandboxConfigNotFoundException when the project names a sandbox config that does not exist
     */
    void insert(Project project);

    /**
     * Stores every field of an existing project; returns false when no project has its id.
     *
     * @throws SandboxConfigNotFoundException when the project names a sandbox config that does not exist
     */
    boolean update(Project project);

    Optional<Project> findById(ProjectId id);

    /** Most recently updated first; ties broken by id, newest first. */
    List<Project> findRecentlyUpdated(int limit, int offset);

    long count();

    /** Returns false when no project has the id. */
    boolean deleteById(ProjectId id);
}
