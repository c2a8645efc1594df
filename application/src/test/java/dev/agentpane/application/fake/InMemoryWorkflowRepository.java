package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Workflows in memory. The database's {@code ON DELETE SET NULL} from a deleted source template is applied when the
 * workflows are next touched, by asking the template fake what exists.
 */
public class InMemoryWorkflowRepository implements WorkflowRepository, InMemoryStore {
    private final Map<WorkflowId, Workflow> workflows = new LinkedHashMap<>();
    private final TemplateRepository templates;

    public InMemoryWorkflowRepository(TemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public synchronized void insert(Workflow workflow) {
        workflows.put(workflow.id(), workflow);
    }

    @Override
    public synchronized boolean update(Workflow workflow) {
        return workflows.replace(workflow.id(), workflow) != null;
    }

    @Override
    public synchronized Optional<Workflow> findById(WorkflowId id) {
        forgetDeletedTemplates();
        return Optional.ofNullable(workflows.get(id));
    }

    @Override
    public synchronized List<Workflow> findRecentlyUpdated(Filter filter, int limit, int offset) {
        forgetDeletedTemplates();
        return matching(filter)
                .sorted(Comparator.comparing(Workflow::updatedAt).thenComparing(workflow -> workflow.id().value()).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count(Filter filter) {
        return matching(filter).count();
    }

    private Stream<Workflow> matching(Filter filter) {
        String needle = filter.search() == null ? null : filter.search().toLowerCase(Locale.ROOT);
        return workflows.values().stream()
                .filter(workflow -> filter.status() == null || workflow.status() == filter.status())
                .filter(workflow -> needle == null || contains(workflow.name(), needle) || contains(workflow.description(), needle));
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    @Override
    public synchronized boolean deleteById(WorkflowId id) {
        return workflows.remove(id) != null;
    }

    private void forgetDeletedTemplates() {
        workflows.replaceAll((id, workflow) -> workflow.sourceTemplateId() == null
                || templates.findById(workflow.sourceTemplateId()).isPresent() ? workflow
                : Workflow.withId(workflow.id(), workflow.name(), workflow.description(), workflow.nodes(),
                        workflow.edges(), null, workflow.sourceTemplateName(), workflow.viewport(), workflow.status(),
                        workflow.tags(), workflow.thumbnail(), workflow.aiGenerated(), workflow.aiModel(),
                        workflow.aiConfidence(), workflow.createdAt(), workflow.updatedAt()));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(workflows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        workflows.clear();
        workflows.putAll((Map<WorkflowId, Workflow>) snapshot);
    }

    @Override
    public synchronized void clear() {
        workflows.clear();
    }
}
