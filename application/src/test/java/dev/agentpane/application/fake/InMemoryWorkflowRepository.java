package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.shared.CaseFolding;
import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Workflows in memory. Like the database's foreign key, a workflow may name only a template that exists as its source;
 * the {@code ON DELETE SET NULL} from a deleted source template is applied when the workflows are next touched, by
 * asking the template fake what exists.
 */
public class InMemoryWorkflowRepository implements WorkflowRepository, InMemoryStore {
    private final Map<WorkflowId, Workflow> workflows = new LinkedHashMap<>();
    private final TemplateRepository templates;

    public InMemoryWorkflowRepository(TemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public synchronized void insert(Workflow workflow) {
        requireSourceTemplate(workflow);
        workflows.put(workflow.id(), workflow);
    }

    @Override
    public synchronized boolean update(Workflow workflow) {
        if (!workflows.containsKey(workflow.id())) {
            return false;
        }
        requireSourceTemplate(workflow);
        workflows.put(workflow.id(), workflow);
        return true;
    }

    private void requireSourceTemplate(Workflow workflow) {
        if (workflow.sourceTemplateId() != null && templates.findById(workflow.sourceTemplateId()).isEmpty()) {
            throw new SourceTemplateNotFoundException(workflow.sourceTemplateId());
        }
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
        String needle = CaseFolding.fold(filter.search());
        return workflows.values().stream()
                .filter(workflow -> filter.status() == null || workflow.status() == filter.status())
                .filter(workflow -> needle == null || contains(workflow.name(), needle) || contains(workflow.description(), needle));
    }

    private static boolean contains(String text, String foldedNeedle) {
        return text != null && CaseFolding.fold(text).contains(foldedNeedle);
    }

    @Override
    public synchronized boolean deleteById(WorkflowId id) {
        return workflows.remove(id) != null;
    }

    private void forgetDeletedTemplates() {
        workflows.replaceAll((id, workflow) -> workflow.sourceTemplateId() == null
                || templates.findById(workflow.sourceTemplateId()).isPresent() ? workflow : workflow.withoutSourceTemplate());
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
