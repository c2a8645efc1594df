package dev.agentpane.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final ProjectId ONE = ProjectId.of("project-one");
    private static final ProjectId TWO = ProjectId.of("project-two");

    private static Template projectTemplate(List<ProjectId> projects, Integer interval) {
        return Template.create("Tpl", null, TemplateScope.PROJECT, "acme", "tools", null, null, projects, interval, T0);
    }

    @Test
    void a_project_template_serves_at_least_one_project_and_an_org_template_may_serve_none() {
        assertThatThrownBy(() -> projectTemplate(List.of(), null)).isInstanceOf(TemplateProjectRequiredException.class)
                .hasMessage("Project ID is required for project-scoped templates");
        assertThat(Template.create("Org", null, TemplateScope.ORG, "acme", "tools", null, null, List.of(), null, T0).projectIds())
                .isEmpty();
    }

    @Test
    void a_new_template_names_its_projects_in_the_project_set_only() {
        Template template = projectTemplate(List.of(TWO, ONE, TWO), null);

        assertThat(template.projectIds()).containsExactly(ONE, TWO);
        assertThat(template.legacyProjectId()).isNull();
        assertThat(template.branch()).isEqualTo("main");
        assertThat(template.configPath()).isEqualTo(".claude");
        assertThat(template.status()).isEqualTo(TemplateStatus.ACTIVE);
    }

    @Test
    void an_interval_schedules_the_first_sync_one_interval_ahead_within_5_minutes_and_30_days() {
        assertThat(projectTemplate(List.of(ONE), 15).nextSyncAt()).isEqualTo(T0.plusSeconds(15 * 60));
        assertThat(projectTemplate(List.of(ONE), null).nextSyncAt()).isNull();
        assertThatThrownBy(() -> projectTemplate(List.of(ONE), 4)).isInstanceOf(ValidationException.class)
                .hasMessage("syncIntervalMinutes must be at least 5");
        assertThatThrownBy(() -> projectTemplate(List.of(ONE), SyncInterval.MAX_MINUTES + 1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_change_replaces_only_what_it_names_and_touches_the_update_time() {
        Template template = projectTemplate(List.of(ONE), 30);
        Instant later = T0.plusSeconds(60);

        Template renamed = template.apply(new TemplateChange("New name", null, "develop", null, null, null), later);

        assertThat(renamed.name()).isEqualTo("New name");
        assertThat(renamed.branch()).isEqualTo("develop");
        assertThat(renamed.configPath()).isEqualTo(".claude");
        assertThat(renamed.projectIds()).containsExactly(ONE);
        assertThat(renamed.syncIntervalMinutes()).isEqualTo(30);
        assertThat(renamed.nextSyncAt()).isEqualTo(template.nextSyncAt());
        assertThat(renamed.updatedAt()).isEqualTo(later);
        assertThat(renamed.createdAt()).isEqualTo(T0);
    }

    @Test
    void a_new_project_set_replaces_the_old_one_but_never_leaves_a_project_template_without_projects() {
        Template template = projectTemplate(List.of(ONE), null);

        assertThat(template.apply(new TemplateChange(null, null, null, null, List.of(TWO), null), T0).projectIds()).containsExactly(TWO);
        assertThatThrownBy(() -> template.apply(new TemplateChange(null, null, null, null, List.of(), null), T0))
                .isInstanceOf(TemplateProjectRequiredException.class);
    }

    @Test
    void a_new_interval_reschedules_from_now_and_none_clears_the_schedule() {
        Template template = projectTemplate(List.of(ONE), 30);
        Instant later = T0.plusSeconds(3600);

        Template hourly = template.apply(new TemplateChange(null, null, null, null, null, SyncInterval.Change.to(60)), later);
        Template manual = hourly.apply(new TemplateChange(null, null, null, null, null, SyncInterval.Change.to(null)), later);

        assertThat(hourly.syncIntervalMinutes()).isEqualTo(60);
        assertThat(hourly.nextSyncAt()).isEqualTo(later.plusSeconds(3600));
        assertThat(manual.syncIntervalMinutes()).isNull();
        assertThat(manual.nextSyncAt()).isNull();
        assertThatThrownBy(() -> SyncInterval.Change.to(2)).isInstanceOf(ValidationException.class);
    }

    @Test
    void changed_text_is_checked_like_new_text() {
        assertThatThrownBy(() -> new TemplateChange(" ", null, null, null, null, null)).hasMessage("Name is required");
        assertThatThrownBy(() -> new TemplateChange(null, null, "b".repeat(Template.BRANCH_MAX + 1), null, null, null))
                .isInstanceOf(ValidationException.class);
    }
}
