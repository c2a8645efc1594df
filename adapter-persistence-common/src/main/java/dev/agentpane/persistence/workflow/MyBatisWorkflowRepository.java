package dev.agentpane.persistence.workflow;

import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.shared.CaseFolding;
import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.persistence.shared.ForeignKeyViolations;
import java.util.List;
import java.util.Optional;

/**
 * Searches compare the folded search text with the folded name and description columns, which every write stores, so
 * that case is ignored alike in both dialects. The source template is the only foreign key a workflow row writes.
 */
public class MyBatisWorkflowRepository implements WorkflowRepository {
    private final WorkflowMapper mapper;
    private final ForeignKeyViolations foreignKeyViolations;
    private final WorkflowRowConverter converter = WorkflowRowConverter.INSTANCE;

    public MyBatisWorkflowRepository(WorkflowMapper mapper, ForeignKeyViolations foreignKeyViolations) {
        this.mapper = mapper;
        this.foreignKeyViolations = foreignKeyViolations;
    }

    @Override
    public void insert(Workflow workflow) {
        foreignKeyViolations.translate(() -> mapper.insert(converter.toRow(workflow)), () -> missingTemplate(workflow));
    }

    @Override
    public boolean update(Workflow workflow) {
        return foreignKeyViolations.translating(() -> mapper.update(converter.toRow(workflow)) == 1, () -> missingTemplate(workflow));
    }

    private static SourceTemplateNotFoundException missingTemplate(Workflow workflow) {
        return new SourceTemplateNotFoundException(workflow.sourceTemplateId());
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

    /** The folded search text as a LIKE pattern that matches it anywhere, its own wildcards escaped. */
    private static String searchPattern(Filter filter) {
        if (filter.search() == null) {
            return null;
        }
        String literal = CaseFolding.fold(filter.search())
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
