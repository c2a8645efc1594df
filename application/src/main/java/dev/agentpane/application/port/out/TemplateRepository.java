package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.template.DuplicateTemplateException;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Templates with the set of projects each serves; every write of a template writes its project set with it, atomically. */
public interface TemplateRepository {
    /** @throws DuplicateTemplateException when a template of the same scope has the same GitHub owner and repository */
    void insert(Template template);

    /**
     * Stores every field of an existing template and replaces its project set; returns false when no template has
     * its id.
     *
     * @throws DuplicateTemplateException when the new owner, repository and scope belong to another template
     */
    boolean update(Template template);

    Optional<Template> findById(TemplateId id);

    /**
     * Most recently updated first (ties: id, newest first), at most {@code limit}. A null scope or project matches
     * every template. A project matches the templates that list it; a project that no template lists matches the
     * templates whose legacy single project it is.
     */
    List<Template> findRecentlyUpdated(TemplateScope scope, ProjectId projectId, int limit);

    /** How many templates {@link #findRecentlyUpdated} would list without a limit. */
    long count(TemplateScope scope, ProjectId projectId);

    /** Templates with auto-sync on, whose next sync is at or before {@code now}, and that are not syncing already. */
    List<Template> findDueForSync(Instant now);

    /** Deletes the template and its project links; workflows made from it keep existing without it. */
    boolean deleteById(TemplateId id);
}
