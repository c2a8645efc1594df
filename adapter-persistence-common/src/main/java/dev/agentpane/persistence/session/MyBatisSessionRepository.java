package dev.agentpane.persistence.session;

import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

public class MyBatisSessionRepository implements SessionRepository {
    private final SessionMapper mapper;
    private final SessionRowConverter converter = SessionRowConverter.INSTANCE;

    public MyBatisSessionRepository(SessionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(Session session) {
        mapper.insert(converter.toRow(session));
    }

    @Override
    public boolean update(Session session) {
        return mapper.update(converter.toRow(session)) == 1;
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toSession);
    }

    @Override
    public List<Session> findRecentlyUpdated(int limit, int offset) {
        return toSessions(mapper.findRecentlyUpdated(limit, offset));
    }

    @Override
    public List<Session> findByProject(ProjectId projectId, int limit, int offset) {
        return toSessions(mapper.findByProject(projectId.value(), limit, offset));
    }

    @Override
    public long countByProject(ProjectId projectId) {
        return mapper.countByProject(projectId.value());
    }

    @Override
    public List<Session> findByTask(String taskId) {
        return toSessions(mapper.findByTask(taskId));
    }

    @Override
    public boolean deleteById(SessionId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    private List<Session> toSessions(List<SessionRow> rows) {
        return rows.stream().map(converter::toSession).toList();
    }
}
