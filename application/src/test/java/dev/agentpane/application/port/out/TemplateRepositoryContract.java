package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.template.CachedAgent;
import dev.agentpane.domain.template.CachedCommand;
import dev.agentpane.domain.template.CachedSkill;
import dev.agentpane.domain.template.DuplicateTemplateException;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TemplateRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class TemplateRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private TemplateRepository templates() {
        return port(TemplateRepository.class);
    }

    private ProjectId storedProject(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        return project.id();
    }

    private static Template orgTemplate(String repo, Instant at) {
        return Template.create("Template " + repo, null, TemplateScope.ORG, "acme", repo, null, null, List.of(), null, at);
    }

    private static Template projectTemplate(String repo, List<ProjectId> projectIds, Instant at) {
        return Template.create("Template " + repo, null, TemplateScope.PROJECT, "acme", repo, null, null, projectIds,
                null, at);
    }

    private List<Template> all() {
        return templates().findRecentlyUpdated(null, null, 1000);
    }

    @Test
    void a_minimal_template_reads_back_equal_with_absent_optionals() {
        Template template = orgTemplate("plain", T0);
        templates().insert(template);

        assertThat(templates().findById(template.id())).contains(template);
        assertThat(template.projectIds()).isEmpty();
        assertThat(template.legacyProjectId()).isNull();
        assertThat(template.cachedSkills()).isNull();
        assertThat(template.branch()).isEqualTo("main");
        assertThat(template.configPath()).isEqualTo(".claude");
    }

    @Test
    void a_fully_populated_template_with_non_ascii_caches_and_long_strings_reads_back_equal() {
        ProjectId first = storedProject("/repos/first");
        ProjectId second = storedProject("/repos/second");
        Template template = Template.withId(TemplateId.of("Custom_template-1"), "Vorlage ✨ 模板", "d".repeat(Template.DESCRIPTION_MAX),
                TemplateScope.PROJECT, "o".repeat(Template.GITHUB_NAME_MAX), "r".repeat(Template.GITHUB_NAME_MAX),
                "feature/ünïcode", ".config/claude", second, List.of(second, first), TemplateStatus.ERROR,
                "0123456789abcdef0123456789abcdef01234567", T0.plusMillis(1), "GitHub said 💥", 15, T0.plusMillis(2),
                List.of(new CachedSkill("skill-1", "Résumé", null, "# Skill\n\"quoted\" \\ back"),
                        new CachedSkill("skill-2", "日本語", "説明", "")),
                List.of(new CachedCommand("/deploy", "Deploy it", "run: 🚀")),
                List.of(new CachedAgent("reviewer", null, "x".repeat(20_000))), T0, T0.plusMillis(3));

        templates().insert(template);

        Template stored = templates().findById(template.id()).orElseThrow();
        assertThat(stored).isEqualTo(template);
        assertThat(stored.projectIds()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void empty_caches_stay_empty_rather_than_absent() {
        Template synced = orgTemplate("empty", T0).synced("sha", List.of(), List.of(), List.of(), T0.plusSeconds(1));
        templates().insert(synced);

        assertThat(templates().findById(synced.id())).contains(synced);
        assertThat(synced.cachedSkills()).isEmpty();
    }

    /** The service checks the projects first; a project deleted in between must still not fail with a database error. */
    @Test
    void a_template_linked_to_a_project_that_does_not_exist_is_refused_and_not_stored() {
        Template template = Template.create("Orphan", null, TemplateScope.PROJECT, "acme", "orphan", null, null,
                List.of(ProjectId.of("no-such-project")), null, T0);

        assertThatThrownBy(() -> templates().insert(template)).isInstanceOf(ProjectNotFoundException.class);
        assertThat(templates().findById(template.id())).isEmpty();
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(templates().findById(TemplateId.of("nope"))).isEmpty();
    }

    @Test
    void a_repository_backs_at_most_one_template_per_scope() {
        ProjectId project = storedProject("/repos/p");
        Template org = orgTemplate("shared", T0);
        templates().insert(org);
        Template sameRepoForProjects = projectTemplate("shared", List.of(project), T0);
        templates().insert(sameRepoForProjects);

        assertThatThrownBy(() -> templates().insert(orgTemplate("shared", T0.plusSeconds(1))))
                .isInstanceOf(DuplicateTemplateException.class);
        assertThatThrownBy(() -> templates().insert(projectTemplate("shared", List.of(project), T0.plusSeconds(1))))
                .isInstanceOf(DuplicateTemplateException.class);

        assertThat(all()).containsExactlyInAnyOrder(org, sameRepoForProjects);
        assertThat(templates().findRecentlyUpdated(null, project, 10)).containsExactly(sameRepoForProjects);
    }

    @Test
    void a_failed_transaction_leaves_neither_template_nor_project_links_behind() {
        ProjectId project = storedProject("/repos/p");
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            templates().insert(projectTemplate("first", List.of(project), T0));
            templates().insert(projectTemplate("first", List.of(project), T0));
        })).isInstanceOf(DuplicateTemplateException.class);

        assertThat(all()).isEmpty();
        assertThat(templates().findRecentlyUpdated(null, project, 10)).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field_and_replaces_the_project_set() {
        ProjectId kept = storedProject("/repos/kept");
        ProjectId dropped = storedProject("/repos/dropped");
        ProjectId added = storedProject("/repos/added");
        Template template = projectTemplate("moving", List.of(kept, dropped), T0);
        templates().insert(template);

        Template changed = template.withProjects(List.of(added, kept), T0.plusSeconds(1))
                .synced("abc123", List.of(new CachedSkill("s", "Skill", "d", "c")), List.of(), List.of(),
                        T0.plusSeconds(2));
        assertThat(templates().update(changed)).isTrue();

        assertThat(templates().findById(template.id())).contains(changed);
        assertThat(changed.projectIds()).containsExactlyInAnyOrder(kept, added);
        assertThat(templates().findRecentlyUpdated(null, dropped, 10)).isEmpty();
        assertThat(templates().findRecentlyUpdated(null, added, 10)).containsExactly(changed);
    }

    @Test
    void an_update_onto_another_templates_repository_is_refused_and_changes_nothing() {
        Template taken = orgTemplate("taken", T0);
        Template other = orgTemplate("other", T0);
        templates().insert(taken);
        templates().insert(other);

        Template clash = Template.withId(other.id(), other.name(), other.description(), other.scope(), "acme", "taken",
                other.branch(), other.configPath(), null, List.of(), other.status(), null, null, null, null, null,
                null, null, null, other.createdAt(), T0.plusSeconds(1));

        assertThatThrownBy(() -> templates().update(clash)).isInstanceOf(DuplicateTemplateException.class);
        assertThat(templates().findById(other.id())).contains(other);
    }

    @Test
    void updating_or_deleting_a_missing_template_reports_false() {
        Template ghost = orgTemplate("ghost", T0);

        assertThat(templates().update(ghost)).isFalse();
        assertThat(templates().deleteById(ghost.id())).isFalse();
        assertThat(all()).isEmpty();
    }

    @Test
    void a_deleted_template_is_gone_with_its_project_links() {
        ProjectId project = storedProject("/repos/p");
        Template template = projectTemplate("doomed", List.of(project), T0);
        templates().insert(template);

        assertThat(templates().deleteById(template.id())).isTrue();

        assertThat(templates().findById(template.id())).isEmpty();
        assertThat(templates().findRecentlyUpdated(null, project, 10)).isEmpty();
    }

    @Test
    void lists_most_recently_updated_first_up_to_the_limit() {
        Template oldest = orgTemplate("a", T0);
        Template middle = orgTemplate("b", T0.plusSeconds(1));
        Template newest = orgTemplate("c", T0.plusSeconds(2));
        templates().insert(middle);
        templates().insert(oldest);
        templates().insert(newest);

        assertThat(templates().findRecentlyUpdated(null, null, 2)).containsExactly(newest, middle);
        assertThat(templates().findRecentlyUpdated(null, null, 50)).containsExactly(newest, middle, oldest);
    }

    @Test
    void lists_by_scope() {
        ProjectId project = storedProject("/repos/p");
        Template org = orgTemplate("org", T0);
        Template forProject = projectTemplate("proj", List.of(project), T0.plusSeconds(1));
        templates().insert(org);
        templates().insert(forProject);

        assertThat(templates().findRecentlyUpdated(TemplateScope.ORG, null, 10)).containsExactly(org);
        assertThat(templates().findRecentlyUpdated(TemplateScope.PROJECT, null, 10)).containsExactly(forProject);
        assertThat(templates().findRecentlyUpdated(TemplateScope.ORG, project, 10)).isEmpty();
    }

    @Test
    void lists_by_project_through_the_project_links() {
        ProjectId one = storedProject("/repos/one");
        ProjectId two = storedProject("/repos/two");
        Template both = projectTemplate("both", List.of(one, two), T0);
        Template onlyTwo = projectTemplate("two", List.of(two), T0.plusSeconds(1));
        templates().insert(both);
        templates().insert(onlyTwo);
        templates().insert(orgTemplate("org", T0.plusSeconds(2)));

        assertThat(templates().findRecentlyUpdated(null, one, 10)).containsExactly(both);
        assertThat(templates().findRecentlyUpdated(null, two, 10)).containsExactly(onlyTwo, both);
    }

    @Test
    void a_project_without_links_falls_back_to_templates_naming_it_as_their_legacy_project() {
        ProjectId legacyOnly = storedProject("/repos/legacy");
        Template legacy = legacyTemplate("legacy", legacyOnly);
        templates().insert(legacy);

        assertThat(templates().findRecentlyUpdated(null, legacyOnly, 10)).containsExactly(legacy);
        assertThat(templates().findRecentlyUpdated(TemplateScope.ORG, legacyOnly, 10)).isEmpty();
    }

    @Test
    void a_project_with_links_ignores_legacy_references() {
        ProjectId project = storedProject("/repos/p");
        Template legacy = legacyTemplate("legacy", project);
        Template linked = projectTemplate("linked", List.of(project), T0);
        templates().insert(legacy);
        templates().insert(linked);

        assertThat(templates().findRecentlyUpdated(null, project, 10)).containsExactly(linked);
    }

    /** A template stored before the project links existed: only its legacy project column names a project. */
    private static Template legacyTemplate(String repo, ProjectId legacyProject) {
        return Template.withId(TemplateId.of("legacy-" + repo), "Legacy " + repo, null, TemplateScope.PROJECT, "acme",
                repo, "main", ".claude", legacyProject, List.of(), TemplateStatus.ACTIVE, null, null, null, null, null,
                null, null, null, T0.minusSeconds(60), T0.minusSeconds(60));
    }

    @Test
    void deleting_a_project_removes_it_from_the_templates_that_list_it() {
        ProjectId legacyAndLinked = storedProject("/repos/first");
        ProjectId stays = storedProject("/repos/stays");
        ProjectId goes = storedProject("/repos/goes");
        Template template = projectTemplate("t", List.of(legacyAndLinked, stays, goes), T0);
        templates().insert(template);

        port(ProjectRepository.class).deleteById(goes);

        assertThat(templates().findById(template.id()).orElseThrow().projectIds())
                .containsExactlyInAnyOrder(legacyAndLinked, stays);
    }

    @Test
    void deleting_a_templates_legacy_project_deletes_the_template() {
        ProjectId legacyProject = storedProject("/repos/first");
        Template template = legacyTemplate("t", legacyProject);
        templates().insert(template);

        port(ProjectRepository.class).deleteById(legacyProject);

        assertThat(templates().findById(template.id())).isEmpty();
    }

    @Test
    void deleting_any_project_of_a_template_made_here_keeps_the_template_for_the_others() {
        ProjectId first = storedProject("/repos/first");
        ProjectId second = storedProject("/repos/second");
        Template template = projectTemplate("t", List.of(first, second), T0);
        templates().insert(template);
        assertThat(template.legacyProjectId()).isNull();

        port(ProjectRepository.class).deleteById(first);

        assertThat(templates().findById(template.id()).orElseThrow().projectIds()).containsExactly(second);
        assertThat(templates().findRecentlyUpdated(null, second, 10)).extracting(Template::id).containsExactly(template.id());
    }

    @Test
    void counts_what_the_list_would_show_without_a_limit() {
        ProjectId one = storedProject("/repos/one");
        ProjectId legacyOnly = storedProject("/repos/legacy");
        templates().insert(projectTemplate("a", List.of(one), T0));
        templates().insert(projectTemplate("b", List.of(one), T0.plusSeconds(1)));
        templates().insert(orgTemplate("c", T0.plusSeconds(2)));
        templates().insert(legacyTemplate("d", legacyOnly));

        assertThat(templates().count(null, null)).isEqualTo(4);
        assertThat(templates().count(TemplateScope.ORG, null)).isEqualTo(1);
        assertThat(templates().count(TemplateScope.PROJECT, null)).isEqualTo(3);
        assertThat(templates().count(null, one)).isEqualTo(2);
        assertThat(templates().findRecentlyUpdated(null, one, 1)).hasSize(1);
        assertThat(templates().count(null, legacyOnly)).isEqualTo(1);
        assertThat(templates().count(TemplateScope.ORG, one)).isZero();
    }

    @Test
    void due_for_sync_are_the_auto_synced_templates_whose_time_has_come_and_that_are_not_syncing() {
        Instant now = T0.plusSeconds(3600);
        Template due = Template.create("Due", null, TemplateScope.ORG, "acme", "due", null, null, List.of(), 5, T0);
        Template dueExactlyNow = Template.create("Now", null, TemplateScope.ORG, "acme", "now", null, null, List.of(),
                60, T0);
        Template notYet = Template.create("Later", null, TemplateScope.ORG, "acme", "later", null, null, List.of(),
                1440, T0);
        Template syncing = Template.create("Busy", null, TemplateScope.ORG, "acme", "busy", null, null, List.of(), 5, T0)
                .withStatus(TemplateStatus.SYNCING, T0);
        Template manual = orgTemplate("manual", T0);
        List.of(due, dueExactlyNow, notYet, syncing, manual).forEach(templates()::insert);

        assertThat(dueExactlyNow.nextSyncAt()).isEqualTo(now);
        assertThat(templates().findDueForSync(now)).containsExactlyInAnyOrder(due, dueExactlyNow);
    }
}
