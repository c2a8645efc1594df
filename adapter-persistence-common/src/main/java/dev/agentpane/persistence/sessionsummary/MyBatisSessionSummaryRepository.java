package dev.agentpane.persistence.sessionsummary;

import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.util.Optional;

public class MyBatisSessionSummaryRepository implements SessionSummaryRepository {
    private final SessionSummaryMapper mapper;
    private final SessionSummaryRowConverter converter = SessionSummaryRowConverter.INSTANCE;

    public MyBatisSessionSummaryRepository(SessionSummaryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void upsert(SessionSummary summary) {
        mapper.upsert(converter.toRow(summary));
    }

    @Override
    public Optional<SessionSummary> findBySession(SessionId sessionId) {
        return Optional.ofNullable(mapper.findBySession(sessionId.value())).map(converter::toSummary);
    }
}
