package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.template.DuplicateTemplateException;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Templates in memory. The database's cascades from deleted projects (to the project links and to templates whose
 * legacy project it was) are applied when the templates are next touched, by asking the project fake what exists.
 */
public class InMemoryTemplateRepository implements TemplateRepository, InMemoryStore {
    private final Map<TemplateId, Template> templates = new LinkedHashMap<>();
    private final ProjectRepository projects;

    public InMemoryTemplateRepository(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public synchronized void insert(Template template) {
        cascadeDeletedProjects();
        refuseUnknownProjects(template);
        refuseDuplicateRepository(template);
        templates.put(template.id(), template);
    }

    @Override
    public synchronized boolean update(Template template) {
        cascadeDeletedProjects();
        if (!templates.containsKey(template.id())) {
            return false;
        }
        refuseUnknownProjects(template);
        refuseDuplicateRepository(template);
        templates.put(template.id(), template);
        return true;
    }

    private void refuseDuplicateRepository(Template template) {
        boolean taken = templates.values().stream().anyMatch(other -> !other.id().equals(template.id())
                && other.githubOwner().equals(template.githubOwner())
                && other.githubRepo().equals(template.githubRepo())
                && other.scope() == template.scope());
        if (taken) {
            throw new DuplicateTemplateException(template.githubOwner(), template.githubRepo(), template.scope());
        }
    }

    @Override
    public synchronized Optional<Template> findById(TemplateId id) {
        cascadeDeletedProjects();
        return Optional.ofNullable(templates.get(id));
    }

    @Override
    public synchronized List<Template> findRecentlyUpdated(TemplateScope scope, ProjectId projectId, int limit) {
        return listed(scope, projectId)
                .sorted(Comparator.comparing(Template::updatedAt).thenComparing(template -> template.id().value()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count(TemplateScope scope, ProjectId projectId) {
        return listed(scope, projectId).count();
    }

    private Stream<Template> listed(TemplateScope scope, ProjectId projectId) {
        cascadeDeletedProjects();
        Stream<Template> matching = templates.values().stream()
                .filter(template -> scope == null || template.scope() == scope);
        if (projectId != null) {
            boolean linked = templates.values().stream().anyMatch(template -> template.projectIds().contains(projectId));
            matching = matching.filter(template -> linked
                    ? template.projectIds().contains(projectId)
                    : projectId.equals(template.legacyProjectId()));
        }
        return matching;
    }

    @Override
    public synchronized List<Template> findDueForSync(Instant now) {
        cascadeDeletedProjects();
        return templates.values().stream()
                .filter(template -> template.syncIntervalMinutes() != null && template.nextSyncAt() != null
                        && !template.nextSyncAt().isAfter(now) && template.status() != TemplateStatus.SYNCING)
                .toList();
    }

    @Override
    public synchronized boolean deleteById(TemplateId id) {
        cascadeDeletedProjects();
        return templates.remove(id) != null;
    }

    /** The links' foreign key, as the databases have it. */
    private void refuseUnknownProjects(Template template) {
        for (ProjectId projectId : template.projectIds()) {
            if (projects.findById(projectId).isEmpty()) {
                throw new ProjectNotFoundException(projectId);
            }
        }
    }

    private void cascadeDeletedProjects() {
        templates.values().removeIf(template -> template.legacyProjectId() != null
                && projects.findById(template.legacyProjectId()).isEmpty());
        templates.replaceAll((id, template) -> {
            List<ProjectId> existing = template.projectIds().stream()
                    .filter(projectId -> projects.findById(projectId).isPresent())
                    .toList();
            return existing.size() == template.projectIds().size() ? template
                    : template.withProjects(existing, template.updatedAt());
        });
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(templates);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        templates.clear();
        templates.putAll((Map<TemplateId, Template>) snapshot);
    }

    @Override
    public synchronized void clear() {
        templates.clear();
    }
}
