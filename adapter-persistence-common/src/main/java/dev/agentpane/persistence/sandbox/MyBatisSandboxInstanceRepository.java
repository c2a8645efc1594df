package dev.agentpane.persistence.sandbox;

import dev.agentpane.application.port.out.SandboxInstanceRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.DuplicateSandboxInstanceException;
import dev.agentpane.domain.sandbox.DuplicateTmuxSessionException;
import dev.agentpane.domain.sandbox.SandboxInstance;
import dev.agentpane.domain.sandbox.SandboxInstanceId;
import dev.agentpane.domain.sandbox.SandboxTmuxSession;
import dev.agentpane.domain.sandbox.SandboxTmuxSessionId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;

public class MyBatisSandboxInstanceRepository implements SandboxInstanceRepository {
    private final SandboxInstanceMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final SandboxInstanceRowConverter converter = SandboxInstanceRowConverter.INSTANCE;

    public MyBatisSandboxInstanceRepository(SandboxInstanceMapper mapper, UniqueViolations uniqueViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
    }

    @Override
    public void insert(SandboxInstance instance) {
        uniqueViolations.translate(() -> mapper.insert(converter.toRow(instance)), () -> new DuplicateSandboxInstanceException(instance.projectId()));
    }

    @Override
    public boolean update(SandboxInstance instance) {
        return mapper.update(converter.toRow(instance)) == 1;
    }

    @Override
    public Optional<SandboxInstance> findById(SandboxInstanceId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toInstance);
    }

    @Override
    public Optional<SandboxInstance> findByProjectId(ProjectId projectId) {
        return Optional.ofNullable(mapper.findByProjectId(projectId.value())).map(converter::toInstance);
    }

    @Override
    public boolean deleteById(SandboxInstanceId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    @Override
    public void insertTmuxSession(SandboxTmuxSession session) {
        uniqueViolations.translate(() -> mapper.insertTmuxSession(converter.toRow(session)), () -> new DuplicateTmuxSessionException(session.sandboxId(), session.sessionName()));
    }

    @Override
    public boolean updateTmuxSession(SandboxTmuxSession session) {
        return mapper.updateTmuxSession(converter.toRow(session)) == 1;
    }

    @Override
    public List<SandboxTmuxSession> findTmuxSessions(SandboxInstanceId sandboxId) {
        return mapper.findTmuxSessions(sandboxId.value()).stream().map(converter::toSession).toList();
    }

    @Override
    public boolean deleteTmuxSession(SandboxTmuxSessionId id) {
        return mapper.deleteTmuxSession(id.value()) == 1;
    }
}
