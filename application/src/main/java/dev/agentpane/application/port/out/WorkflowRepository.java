package dev.agentpane.application.port.out;

import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowStatus;
import java.util.List;
import java.util.Optional;

public interface WorkflowRepository {
    /**
     * Which workflows a listing shows.
     *
     * @param status null for every status
     * @param search null for all; else the text that the name or the description must contain, ignoring case as
     *               {@link dev.agentpane.domain.shared.CaseFolding} does (taken literally: {@code %} and {@code _} are
     *               no wildcards)
     */
    record Filter(WorkflowStatus status, String search) {
        public static final Filter ALL = new Filter(null, null);
    }

    /** @throws SourceTemplateNotFoundException when the workflow names a source template that does not exist */
    void insert(Workflow workflow);

    /**
     * Stores every field of an existing workflow; returns false when no workflow has its id.
     *
     * @throws SourceTemplateNotFoundException when the workflow names a source template that does not exist
     */
    boolean update(Workflow workflow);

    Optional<Workflow> findById(WorkflowId id);

    /** The matching workflows, most recently updated first (ties: id, newest first), one page of them. */
    List<Workflow> findRecentlyUpdated(Filter filter, int limit, int offset);

    /** How many workflows match, over all pages. */
    long count(Filter filter);

    boolean deleteById(WorkflowId id);
}
