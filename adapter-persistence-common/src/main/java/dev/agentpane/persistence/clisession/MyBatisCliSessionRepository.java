package dev.agentpane.persistence.clisession;

import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.domain.clisession.CliSession;
import java.util.List;
import java.util.Optional;

public class MyBatisCliSessionRepository implements CliSessionRepository {
    private final CliSessionMapper mapper;
    private final CliSessionRowConverter converter = CliSessionRowConverter.INSTANCE;

    public MyBatisCliSessionRepository(CliSessionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void upsert(CliSession session) {
        mapper.upsert(converter.toRow(session));
    }

    @Override
    public Optional<CliSession> findBySessionId(String sessionId) {
        return Optional.ofNullable(mapper.findBySessionId(sessionId)).map(converter::toCliSession);
    }

    @Override
    public List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit) {
        return mapper.findRecentlyActive(projectHash, activeAfterEpochMillis, limit).stream()
                .map(converter::toCliSession)
                .toList();
    }

    @Override
    public boolean deleteBySessionId(String sessionId) {
        return mapper.deleteBySessionId(sessionId) == 1;
    }

    @Override
    public int deleteInactiveBefore(long cutoffEpochMillis) {
        return mapper.deleteInactiveBefore(cutoffEpochMillis);
    }
}
