package dev.agentpane.persistence.sessionevent;

import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.DuplicateSessionEventException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

public class MyBatisSessionEventRepository implements SessionEventRepository {
    private final SessionEventMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final TransactionRunner transactions;
    private final SessionEventRowConverter converter = SessionEventRowConverter.INSTANCE;

    public MyBatisSessionEventRepository(SessionEventMapper mapper, UniqueViolations uniqueViolations,
            TransactionRunner transactions) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
        this.transactions = transactions;
    }

    @Override
    public List<SessionEvent> appendAll(List<NewSessionEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        SessionId sessionId = events.get(0).sessionId();
        Set<String> ids = new HashSet<>();
        for (NewSessionEvent event : events) {
            if (!event.sessionId().equals(sessionId)) {
                throw new IllegalArgumentException("One append holds the events of one session");
            }
            if (!ids.add(event.id().value())) {
                throw new DuplicateSessionEventException(event.id());
            }
        }
        return transactions.inTransaction(() -> {
            // Checked first so that the only unique violation left is the offset.
            String taken = mapper.firstExistingId(ids);
            if (taken != null) {
                throw new DuplicateSessionEventException(SessionEventId.of(taken));
            }
            // One appender per session at a time (PostgreSQL: the session row's lock; SQLite has one writer anyway), so
            // concurrent appends queue instead of clashing on the offset; the unique key stays the guard.
            mapper.lockSession(sessionId.value());
            Long latest = mapper.findLatestOffset(sessionId.value());
            long next = latest == null ? 0 : latest + 1;
            List<SessionEvent> appended = new ArrayList<>(events.size());
            for (NewSessionEvent event : events) {
                appended.add(event.atOffset(next++));
            }
            uniqueViolations.translate(() -> mapper.insertAll(appended.stream().map(converter::toRow).toList()),
                    () -> new SessionEventOffsetTakenException(sessionId, appended.get(0).offset()));
            return appended;
        });
    }

    @Override
    public Optional<SessionEvent> findById(SessionEventId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toEvent);
    }

    @Override
    public List<SessionEvent> findBySession(SessionId sessionId, long fromOffset, int limit) {
        return mapper.findBySession(sessionId.value(), fromOffset, limit).stream().map(converter::toEvent).toList();
    }

    @Override
    public long countBySession(SessionId sessionId) {
        return mapper.countBySession(sessionId.value());
    }

    @Override
    public OptionalLong findLatestOffset(SessionId sessionId) {
        Long latest = mapper.findLatestOffset(sessionId.value());
        return latest == null ? OptionalLong.empty() : OptionalLong.of(latest);
    }
}
