package dev.agentpane.application.template;

import dev.agentpane.application.port.in.template.CreateTemplateCommand;
import dev.agentpane.application.port.in.template.CreateTemplateUseCase;
import dev.agentpane.application.port.in.template.DeleteTemplateUseCase;
import dev.agentpane.application.port.in.template.GetTemplateUseCase;
import dev.agentpane.application.port.in.template.ListTemplatesQuery;
import dev.agentpane.application.port.in.template.ListTemplatesUseCase;
import dev.agentpane.application.port.in.template.SyncTemplateUseCase;
import dev.agentpane.application.port.in.template.TemplatePage;
import dev.agentpane.application.port.in.template.UpdateTemplateCommand;
import dev.agentpane.application.port.in.template.UpdateTemplateUseCase;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The templates' use cases (reference §4.9); a template and its project links are written in one transaction. */
public class TemplateService implements CreateTemplateUseCase, GetTemplateUseCase, ListTemplatesUseCase, UpdateTemplateUseCase,
        DeleteTemplateUseCase, SyncTemplateUseCase {

    private final TemplateRepository templates;
    private final ProjectRepository projects;
    private final TransactionRunner transactions;
    private final Clock clock;

    public TemplateService(TemplateRepository templates, ProjectRepository projects, TransactionRunner transactions, Clock clock) {
        this.templates = templates;
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Template create(CreateTemplateCommand command) {
        return transactions.inTransaction(() -> {
            requireExisting(command.projectIds());
            Template template = Template.create(command.name(), command.description(), command.scope(),
                    command.repository().owner(), command.repository().repo(), command.branch(), command.configPath(),
                    command.projectIds(), command.syncIntervalMinutes(), now());
            templates.insert(template);
            return template;
        });
    }

    @Override
    public Template get(TemplateId id) {
        return templates.findById(id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    @Override
    public TemplatePage list(ListTemplatesQuery query) {
        List<Template> items = templates.findRecentlyUpdated(query.scope(), query.projectId(), query.limit());
        long total = items.size() < query.limit() ? items.size() : templates.count(query.scope(), query.projectId());
        return new TemplatePage(items, total);
    }

    @Override
    public Template update(UpdateTemplateCommand command) {
        return transactions.inTransaction(() -> {
            Template updated = get(command.id()).apply(command.change(), now());
            if (command.change().projectIds() != null) {
                requireExisting(command.change().projectIds());
            }
            if (!templates.update(updated)) {
                throw new TemplateNotFoundException(command.id());
            }
            return updated;
        });
    }

    @Override
    public void delete(TemplateId id) {
        transactions.inTransaction(() -> {
            if (!templates.deleteById(id)) {
                throw new TemplateNotFoundException(id);
            }
        });
    }

    @Override
    public void sync(TemplateId id) {
        get(id);
        throw new SyncUnavailableException("GitHub");
    }

    /** Checked before the links are written, so that an unknown project is reported as such, not as a broken foreign key. */
    private void requireExisting(List<ProjectId> projectIds) {
        for (ProjectId projectId : projectIds) {
            if (projects.findById(projectId).isEmpty()) {
                throw new ProjectNotFoundException(projectId);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
