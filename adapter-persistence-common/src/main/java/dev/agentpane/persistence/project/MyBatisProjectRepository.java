package dev.agentpane.persistence.project;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import dev.agentpane.persistence.shared.ForeignKeyViolations;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;

/** The only foreign key a project row writes is its sandbox config, so a foreign-key violation means that config is missing. */
public class MyBatisProjectRepository implements ProjectRepository {
    private final ProjectMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final ForeignKeyViolations foreignKeyViolations;
    private final ProjectRowConverter converter = ProjectRowConverter.INSTANCE;

    public MyBatisProjectRepository(ProjectMapper mapper, UniqueViolations uniqueViolations, ForeignKeyViolations foreignKeyViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
        this.foreignKeyViolations = foreignKeyViolations;
    }

    @Override
    public void insert(Project project) {
        foreignKeyViolations.translate(
                () -> uniqueViolations.translate(() -> mapper.insert(converter.toRow(project)),
                        () -> new DuplicateProjectPathException(project.path())),
                () -> new SandboxConfigNotFoundException(project.sandboxConfigId()));
    }

    @Override
    public boolean update(Project project) {
        return foreignKeyViolations.translating(() -> mapper.update(converter.toRow(project)) == 1,
                () -> new SandboxConfigNotFoundException(project.sandboxConfigId()));
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toProject);
    }

    @Override
    public List<Project> findRecentlyUpdated(int limit, int offset) {
        return mapper.findRecentlyUpdated(limit, offset).stream().map(converter::toProject).toList();
    }

    @Override
    public long count() {
        return mapper.count();
    }

    @Override
    public boolean deleteById(ProjectId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
