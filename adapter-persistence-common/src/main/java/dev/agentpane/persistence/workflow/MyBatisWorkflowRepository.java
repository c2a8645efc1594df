package dev.agentpane.persistence.workflow;

import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public class MyBatisWorkflowRepository implements WorkflowRepository {
    private final WorkflowMapper mapper;
    private final WorkflowRowConverter converter = WorkflowRowConverter.INSTANCE;

    public MyBatisWorkflowRepository(WorkflowMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(Workflow workflow) {
        mapper.insert(converter.toRow(workflow));
    }

    @Override
    public boolean update(Workflow workflow) {
        return mapper.update(converter.toRow(workflow)) == 1;
    }

    @Override
    public Optional<Workflow> findById(WorkflowId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toWorkflow);
    }

    @Override
    public List<Workflow> findRecentlyUpdated(Filter filter, int limit, int offset) {
        return mapper.findRecentlyUpdated(status(filter), searchPattern(filter), limit, offset).stream()
                .map(converter::toWorkflow)
                .toList();
    }

    @Override
    public long count(Filter filter) {
        return mapper.count(status(filter), searchPattern(filter));
    }

    @Override
    public boolean deleteById(WorkflowId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    private static String status(Filter filter) {
        return filter.status() == null ? null : filter.status().wireValue();
    }

    /** The search text as a lower-case LIKE pattern that matches it anywhere, its own wildcards escaped. */
    private static String searchPattern(Filter filter) {
        if (filter.search() == null) {
            return null;
        }
        String literal = filter.search().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
