package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.worktree.Worktree;
import dev.agentpane.domain.worktree.WorktreeId;
import dev.agentpane.domain.worktree.WorktreeStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorktreeRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. Task and
 * agent references stay null here: those tables belong to their own aggregates.
 */
public abstract class WorktreeRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private WorktreeRepository worktrees() {
        return port(WorktreeRepository.class);
    }

    private ProjectId storedProject(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        return project.id();
    }

    private Worktree storedWorktree(ProjectId projectId, String branch, Instant at) {
        Worktree worktree = Worktree.create(projectId, null, null, branch, "/repos/.worktrees/" + branch, null, at);
        worktrees().insert(worktree);
        return worktree;
    }

    @Test
    void a_new_worktree_reads_back_equal_with_absent_optionals() {
        Worktree worktree = storedWorktree(storedProject("/repos/a"), "fix-login-abc123", T0);

        assertThat(worktrees().findById(worktree.id())).contains(worktree);
        assertThat(worktree.status()).isEqualTo(WorktreeStatus.CREATING);
        assertThat(worktree.baseBranch()).isEqualTo("main");
        assertThat(worktree.mergedAt()).isNull();
        assertThat(worktree.removedAt()).isNull();
    }

    @Test
    void a_fully_populated_worktree_with_non_ascii_and_maximum_length_text_reads_back_equal() {
        Worktree worktree = Worktree.withId(WorktreeId.of("Custom_worktree-1"), storedProject("/repos/a"), null, null,
                padded("ä-", Worktree.BRANCH_MAX), padded("/repos/日本語/", Worktree.PATH_MAX),
                "release/2026-01 🚀", WorktreeStatus.REMOVED, T0, T0.plusMillis(1), T0.plusMillis(2), T0.plusMillis(3));
        assertThat(worktree.path()).hasSize(Worktree.PATH_MAX);

        worktrees().insert(worktree);

        assertThat(worktrees().findById(worktree.id())).contains(worktree);
    }

    private static String padded(String prefix, int length) {
        return prefix + "x".repeat(length - prefix.length());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(worktrees().findById(WorktreeId.of("nope"))).isEmpty();
    }

    @Test
    void lists_a_projects_worktrees_newest_first() {
        ProjectId projectId = storedProject("/repos/a");
        Worktree older = storedWorktree(projectId, "older", T0);
        Worktree newer = storedWorktree(projectId, "newer", T0.plusSeconds(1));
        storedWorktree(storedProject("/repos/b"), "elsewhere", T0.plusSeconds(2));

        assertThat(worktrees().findByProject(projectId)).containsExactly(newer, older);
        assertThat(worktrees().findByProject(ProjectId.of("none"))).isEmpty();
    }

    @Test
    void finds_worktrees_by_branch_within_a_project_and_by_path() {
        ProjectId projectId = storedProject("/repos/a");
        Worktree removed = storedWorktree(projectId, "feature-x", T0).withStatus(WorktreeStatus.REMOVED, T0);
        worktrees().update(removed);
        Worktree recreated = storedWorktree(projectId, "feature-x", T0.plusSeconds(1));
        storedWorktree(projectId, "feature-y", T0.plusSeconds(2));
        storedWorktree(storedProject("/repos/b"), "feature-x", T0.plusSeconds(3));

        assertThat(worktrees().findByProjectAndBranch(projectId, "feature-x")).containsExactly(recreated, removed);
        assertThat(worktrees().findByProjectAndBranch(projectId, "feature-z")).isEmpty();
        assertThat(worktrees().findByPath("/repos/.worktrees/feature-y")).extracting(Worktree::branch)
                .containsExactly("feature-y");
        assertThat(worktrees().findByPath("/repos/.worktrees/none")).isEmpty();
    }

    @Test
    void finds_the_projects_worktrees_in_a_status_not_updated_since_a_moment() {
        ProjectId projectId = storedProject("/repos/a");
        Instant cutoff = T0.plusSeconds(10);
        Worktree stale = storedWorktree(projectId, "stale", T0).withStatus(WorktreeStatus.ACTIVE, cutoff.minusMillis(1));
        worktrees().update(stale);
        worktrees().update(storedWorktree(projectId, "at-cutoff", T0).withStatus(WorktreeStatus.ACTIVE, cutoff));
        worktrees().update(storedWorktree(projectId, "stale-but-errored", T0).withStatus(WorktreeStatus.ERROR, T0));
        ProjectId otherProjectId = storedProject("/repos/b");
        worktrees().update(storedWorktree(otherProjectId, "other", T0).withStatus(WorktreeStatus.ACTIVE, T0));

        assertThat(worktrees().findByProjectAndStatusUpdatedBefore(projectId, WorktreeStatus.ACTIVE, cutoff))
                .containsExactly(stale);
    }

    @Test
    void worktrees_without_a_task_are_not_found_by_task() {
        storedWorktree(storedProject("/repos/a"), "no-task", T0);

        assertThat(worktrees().findByTask("some-task")).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field() {
        Worktree worktree = storedWorktree(storedProject("/repos/a"), "feature", T0);
        Worktree merged = Worktree.withId(worktree.id(), worktree.projectId(), null, null, "feature-renamed",
                "/elsewhere", "develop", WorktreeStatus.ACTIVE, worktree.createdAt(), T0.plusSeconds(5),
                T0.plusSeconds(5), T0.plusSeconds(6));

        assertThat(worktrees().update(merged)).isTrue();

        assertThat(worktrees().findById(worktree.id())).contains(merged);
    }

    @Test
    void updating_or_deleting_a_missing_worktree_reports_false() {
        Worktree ghost = Worktree.create(ProjectId.of("ghost"), null, null, "ghost", "/ghost", null, T0);

        assertThat(worktrees().update(ghost)).isFalse();
        assertThat(worktrees().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_worktree_is_gone() {
        Worktree worktree = storedWorktree(storedProject("/repos/a"), "doomed", T0);

        assertThat(worktrees().deleteById(worktree.id())).isTrue();

        assertThat(worktrees().findById(worktree.id())).isEmpty();
        assertThat(worktrees().findByProject(worktree.projectId())).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        ProjectId projectId = storedProject("/repos/a");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storedWorktree(projectId, "rolled-back", T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(worktrees().findByProject(projectId)).isEmpty();
    }
}
