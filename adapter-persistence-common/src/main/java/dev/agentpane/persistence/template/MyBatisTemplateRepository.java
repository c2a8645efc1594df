package dev.agentpane.persistence.template;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.template.DuplicateTemplateException;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.persistence.shared.ForeignKeyViolations;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Writes a template row and its project links in one transaction; reads them back together. */
public class MyBatisTemplateRepository implements TemplateRepository {
    private final TemplateMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final ForeignKeyViolations foreignKeyViolations;
    private final TransactionRunner transactions;
    private final TemplateRowConverter converter = TemplateRowConverter.INSTANCE;

    public MyBatisTemplateRepository(TemplateMapper mapper, UniqueViolations uniqueViolations,
            ForeignKeyViolations foreignKeyViolations, TransactionRunner transactions) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
        this.foreignKeyViolations = foreignKeyViolations;
        this.transactions = transactions;
    }

    @Override
    public void insert(Template template) {
        refusingDuplicateRepository(template, () -> {
            mapper.insert(converter.toRow(template));
            linkProjects(template);
            return null;
        });
    }

    @Override
    public boolean update(Template template) {
        return refusingDuplicateRepository(template, () -> {
            if (mapper.update(converter.toRow(template)) == 0) {
                return false;
            }
            mapper.deleteProjectLinks(template.id().value());
            linkProjects(template);
            return true;
        });
    }

    private <T> T refusingDuplicateRepository(Template template, Supplier<T> write) {
        return uniqueViolations.translating(() -> transactions.inTransaction(write), () -> new DuplicateTemplateException(template.githubOwner(), template.githubRepo(), template.scope()));
    }

    private void linkProjects(Template template) {
        for (ProjectId projectId : template.projectIds()) {
            // The service checked the projects; one deleted since then is still a 404, not a 500.
            foreignKeyViolations.translate(
                    () -> mapper.insertProjectLink(template.id().value(), projectId.value(), template.updatedAt()),
                    () -> new ProjectNotFoundException(projectId));
        }
    }

    @Override
    public Optional<Template> findById(TemplateId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(row -> withProjects(List.of(row)).get(0));
    }

    @Override
    public List<Template> findRecentlyUpdated(TemplateScope scope, ProjectId projectId, int limit) {
        return withProjects(mapper.findRecentlyUpdated(scope == null ? null : scope.wireValue(),
                projectId == null ? null : projectId.value(), limit));
    }

    @Override
    public long count(TemplateScope scope, ProjectId projectId) {
        return mapper.count(scope == null ? null : scope.wireValue(), projectId == null ? null : projectId.value());
    }

    @Override
    public List<Template> findDueForSync(Instant now) {
        return withProjects(mapper.findDueForSync(now));
    }

    @Override
    public boolean deleteById(TemplateId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    /** The rows as templates, in the rows' order, with their project links read in one query. */
    private List<Template> withProjects(List<TemplateRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ProjectId>> projectIdsByTemplate = mapper.findProjectLinks(rows.stream().map(TemplateRow::id).toList())
                .stream()
                .collect(groupingBy(TemplateProjectLinkRow::templateId,
                        mapping(link -> ProjectId.of(link.projectId()), toList())));
        return rows.stream()
                .map(row -> converter.toTemplate(row, projectIdsByTemplate.getOrDefault(row.id(), List.of())))
                .toList();
    }
}
