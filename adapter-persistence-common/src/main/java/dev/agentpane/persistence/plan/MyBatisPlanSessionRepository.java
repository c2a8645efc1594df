package dev.agentpane.persistence.plan;

import dev.agentpane.application.port.out.PlanSessionRepository;
import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import java.util.Optional;

public class MyBatisPlanSessionRepository implements PlanSessionRepository {
    private final PlanSessionMapper mapper;
    private final PlanSessionRowConverter converter = PlanSessionRowConverter.INSTANCE;

    public MyBatisPlanSessionRepository(PlanSessionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(PlanSession session) {
        mapper.insert(converter.toRow(session));
    }

    @Override
    public boolean update(PlanSession session) {
        return mapper.update(converter.toRow(session)) == 1;
    }

    @Override
    public Optional<PlanSession> findById(PlanSessionId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toSession);
    }

    @Override
    public boolean deleteById(PlanSessionId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
