package dev.agentpane.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.fake.MutableClock;
import dev.agentpane.application.fake.RecordingProjectFiles;
import dev.agentpane.application.port.in.project.CreateProjectCommand;
import dev.agentpane.application.port.in.project.DeleteProjectCommand;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase.ProjectDeletion;
import dev.agentpane.application.port.in.project.ProjectPage;
import dev.agentpane.application.port.in.project.UpdateProjectCommand;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectChange;
import dev.agentpane.domain.project.ProjectHasRunningAgentsException;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectServiceTest {
    /** Sub-millisecond part on purpose: the service must store millisecond precision. */
    private static final Instant START = Instant.parse("2025-03-04T05:06:07.123456789Z");
    private static final ProjectId UNKNOWN = ProjectId.of("no-such-project");

    private final MutableClock clock = new MutableClock(START);
    private InMemoryStores stores;
    private ProjectRepository repository;
    private ProjectService service;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        repository = stores.port(ProjectRepository.class);
        service = new ProjectService(repository, stores.port(AgentRepository.class), stores.port(ProjectFilesPort.class),
                stores.port(TransactionRunner.class), clock);
    }

    private Project create(String name) {
        return service.create(new CreateProjectCommand(name, "/repos/" + name, null));
    }

    @Nested
    class Creating {
        @Test
        void create_stores_the_project_and_returns_it() {
            Project created = service.create(new CreateProjectCommand("Alpha", "/repos/alpha", "First"));

            assertThat(created.name()).isEqualTo("Alpha");
            assertThat(created.path()).isEqualTo("/repos/alpha");
            assertThat(created.description()).isEqualTo("First");
            assertThat(repository.findById(created.id())).contains(created);
            assertThat(repository.count()).isEqualTo(1);
        }

        @Test
        void create_stamps_the_clocks_now_truncated_to_milliseconds() {
            Project created = create("alpha");

            assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123Z"));
            assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        }

        @Test
        void a_second_project_with_the_same_path_is_rejected_and_not_stored() {
            Project first = service.create(new CreateProjectCommand("Alpha", "/repos/alpha", null));

            assertThatThrownBy(() -> service.create(new CreateProjectCommand("Other", "/repos/alpha", null)))
                    .isInstanceOf(DuplicateProjectPathException.class);

            assertThat(repository.count()).isEqualTo(1);
            assertThat(repository.findRecentlyUpdated(10, 0)).containsExactly(first);
        }

        @Test
        void a_project_keeps_the_sandbox_config_it_was_created_with() {
            SandboxConfig config = SandboxConfig.create("Docker", null, START);
            stores.port(SandboxConfigRepository.class).insert(config);

            Project created = service.create(new CreateProjectCommand("Boxed", "/repos/boxed", null, config.id()));

            assertThat(created.sandboxConfigId()).isEqualTo(config.id());
            assertThat(repository.findById(created.id()).orElseThrow().sandboxConfigId()).isEqualTo(config.id());
            assertThat(create("plain").sandboxConfigId()).isNull();
        }

        @Test
        void a_project_naming_an_unknown_sandbox_config_is_refused_and_not_stored() {
            assertThatThrownBy(() -> service.create(new CreateProjectCommand("Boxed", "/repos/boxed", null, SandboxConfigId.of("nope"))))
                    .isInstanceOf(SandboxConfigNotFoundException.class);

            assertThat(repository.count()).isZero();
        }
    }

    @Nested
    class Getting {
        @Test
        void get_returns_the_stored_project() {
            Project created = create("alpha");

            assertThat(service.get(created.id())).isEqualTo(created);
        }

        @Test
        void get_of_an_unknown_id_throws_project_not_found() {
            assertThatThrownBy(() -> service.get(UNKNOWN))
                    .isInstanceOf(ProjectNotFoundException.class)
                    .hasMessageContaining("no-such-project");
        }
    }

    @Nested
    class Listing {
        private Project first;
        private Project second;
        private Project third;

        @BeforeEach
        void threeProjectsCreatedOneSecondApart() {
            first = create("first");
            clock.advance(Duration.ofSeconds(1));
            second = create("second");
            clock.advance(Duration.ofSeconds(1));
            third = create("third");
        }

        @Test
        void list_returns_the_most_recently_updated_first_with_the_total_count() {
            ProjectPage page = service.list(new ListProjectsQuery(10, 0));

            assertThat(page.items()).containsExactly(third, second, first);
            assertThat(page.totalCount()).isEqualTo(3);
            assertThat(page.hasMore(0)).isFalse();
        }

        @Test
        void updating_a_project_moves_it_to_the_front() {
            clock.advance(Duration.ofSeconds(1));
            Project updated = service.update(new UpdateProjectCommand(first.id(), new ProjectChange("first again", null, null, null)));

            assertThat(service.list(new ListProjectsQuery(10, 0)).items()).containsExactly(updated, third, second);
        }

        @Test
        void a_page_that_does_not_reach_the_end_has_more() {
            ProjectPage page = service.list(new ListProjectsQuery(2, 0));

            assertThat(page.items()).containsExactly(third, second);
            assertThat(page.totalCount()).isEqualTo(3);
            assertThat(page.hasMore(0)).isTrue();
        }

        @Test
        void the_last_page_has_no_more() {
            ProjectPage page = service.list(new ListProjectsQuery(2, 2));

            assertThat(page.items()).containsExactly(first);
            assertThat(page.totalCount()).isEqualTo(3);
            assertThat(page.hasMore(2)).isFalse();
        }

        @Test
        void a_page_past_the_end_is_empty_but_still_counts_every_project() {
            ProjectPage page = service.list(new ListProjectsQuery(5, 10));

            assertThat(page.items()).isEmpty();
            assertThat(page.totalCount()).isEqualTo(3);
            assertThat(page.hasMore(10)).isFalse();
        }
    }

    @Nested
    class Updating {
        @Test
        void update_changes_the_given_parts_and_stores_them() {
            Project created = create("alpha");

            Project updated = service.update(new UpdateProjectCommand(created.id(), new ProjectChange("Beta", "Now beta", 5, null)));

            assertThat(updated.name()).isEqualTo("Beta");
            assertThat(updated.description()).isEqualTo("Now beta");
            assertThat(updated.maxConcurrentAgents()).isEqualTo(5);
            assertThat(updated.path()).isEqualTo(created.path());
            assertThat(updated.createdAt()).isEqualTo(created.createdAt());
            assertThat(repository.findById(created.id())).contains(updated);
        }

        @Test
        void update_sets_updatedAt_to_the_clocks_now_truncated_to_milliseconds() {
            Project created = create("alpha");
            clock.set(Instant.parse("2025-03-05T00:00:00.987654321Z"));

            Project updated = service.update(new UpdateProjectCommand(created.id(), new ProjectChange(null, "x", null, null)));

            assertThat(updated.updatedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00.987Z"));
            assertThat(repository.findById(created.id()).orElseThrow().updatedAt()).isEqualTo(updated.updatedAt());
            assertThat(updated.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123Z"));
        }

        @Test
        void update_merges_the_config_patch_over_the_stored_config() {
            Project created = create("alpha");
            service.update(new UpdateProjectCommand(created.id(),
                    new ProjectChange(null, null, null, Map.of("model", "opus", "maxTurns", 5))));
            Map<String, Object> patch = new HashMap<>();
            patch.put("model", "sonnet");
            patch.put("systemPrompt", null);

            Project updated = service.update(new UpdateProjectCommand(created.id(), new ProjectChange(null, null, null, patch)));

            assertThat(updated.config().fields())
                    .containsOnly(entry("model", "sonnet"), entry("maxTurns", 5), entry("systemPrompt", null));
            assertThat(service.get(created.id()).config()).isEqualTo(updated.config());
        }

        @Test
        void update_of_an_unknown_id_throws_project_not_found_and_stores_nothing() {
            Project created = create("alpha");

            assertThatThrownBy(() -> service.update(new UpdateProjectCommand(UNKNOWN, new ProjectChange("Beta", null, null, null))))
                    .isInstanceOf(ProjectNotFoundException.class);

            assertThat(repository.findRecentlyUpdated(10, 0)).containsExactly(created);
        }
    }

    @Nested
    class Deleting {
        @Test
        void delete_removes_the_project() {
            Project kept = create("kept");
            Project doomed = create("doomed");

            service.delete(new DeleteProjectCommand(doomed.id(), false));

            assertThat(repository.findById(doomed.id())).isEmpty();
            assertThat(repository.findRecentlyUpdated(10, 0)).containsExactly(kept);
            assertThatThrownBy(() -> service.get(doomed.id())).isInstanceOf(ProjectNotFoundException.class);
        }

        @Test
        void delete_of_an_unknown_id_throws_project_not_found() {
            create("kept");

            assertThatThrownBy(() -> service.delete(new DeleteProjectCommand(UNKNOWN, false))).isInstanceOf(ProjectNotFoundException.class);

            assertThat(repository.count()).isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"starting", "planning", "running"})
        void a_project_with_a_working_agent_is_not_deleted(String status) {
            Project busy = create("busy");
            AgentRepository agents = stores.port(AgentRepository.class);
            Agent agent = Agent.create(busy.id(), "Worker", AgentType.TASK, null, START);
            agents.insert(new Agent(agent.id(), busy.id(), "Worker", AgentType.TASK, AgentStatus.parse(status), null, null, null, 0,
                    START, START));

            assertThatThrownBy(() -> service.delete(new DeleteProjectCommand(busy.id(), false))).isInstanceOf(ProjectHasRunningAgentsException.class);

            assertThat(repository.findById(busy.id())).isPresent();
            agents.update(agents.findById(agent.id()).orElseThrow().released(AgentStatus.IDLE, START));
            service.delete(new DeleteProjectCommand(busy.id(), false));
            assertThat(repository.findById(busy.id())).isEmpty();
        }

        @Test
        void deleting_twice_fails_the_second_time() {
            Project doomed = create("doomed");
            service.delete(new DeleteProjectCommand(doomed.id(), false));

            assertThatThrownBy(() -> service.delete(new DeleteProjectCommand(doomed.id(), false))).isInstanceOf(ProjectNotFoundException.class);
        }
    }

    @Nested
    class CommandsValidateThemselves {
        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void a_create_command_with_a_blank_name_is_rejected(String name) {
            assertThatThrownBy(() -> new CreateProjectCommand(name, "/repos/alpha", null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name is required");
        }

        @Test
        void a_create_command_with_a_blank_path_is_rejected() {
            assertThatThrownBy(() -> new CreateProjectCommand("Alpha", "", null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Path is required");
        }

        @Test
        void an_update_command_with_max_concurrent_agents_11_is_rejected() {
            assertThatThrownBy(() -> new UpdateProjectCommand(ProjectId.of("p1"), new ProjectChange(null, null, 11, null)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("maxConcurrentAgents must be between 1 and 10");
        }

        @Test
        void an_update_command_with_max_concurrent_agents_0_is_rejected() {
            assertThatThrownBy(() -> new UpdateProjectCommand(ProjectId.of("p1"), new ProjectChange(null, null, 0, null)))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void an_update_command_with_a_blank_name_is_rejected() {
            assertThatThrownBy(() -> new UpdateProjectCommand(ProjectId.of("p1"), new ProjectChange(" ", null, null, null)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Name is required");
        }

        @Test
        void an_update_command_with_only_absent_parts_is_accepted() {
            UpdateProjectCommand command = new UpdateProjectCommand(ProjectId.of("p1"), new ProjectChange(null, null, null, null));

            assertThat(command.change().isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 501, -1})
        void a_list_query_with_a_limit_outside_1_to_500_is_rejected(int limit) {
            assertThatThrownBy(() -> new ListProjectsQuery(limit, 0))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("limit must be between 1 and 500");
        }

        @Test
        void a_list_query_with_a_negative_offset_is_rejected() {
            assertThatThrownBy(() -> new ListProjectsQuery(10, -1)).isInstanceOf(ValidationException.class);
        }

        @Test
        void a_list_query_at_the_limits_is_accepted() {
            assertThat(List.of(new ListProjectsQuery(1, 0).limit(), new ListProjectsQuery(500, 0).limit())).containsExactly(1, 500);
        }
    }

    @Nested
    class DeletingFiles {
        private Project inDirectory(String path) {
            Project project = service.create(new CreateProjectCommand("Files", path, null));
            return project;
        }

        private RecordingProjectFiles files() {
            return (RecordingProjectFiles) stores.port(ProjectFilesPort.class);
        }

        @Test
        void files_are_deleted_only_when_asked() {
            Project kept = inDirectory("/srv/repos/kept");
            assertThat(service.delete(new DeleteProjectCommand(kept.id(), false))).isEqualTo(ProjectDeletion.FILES_KEPT);

            Project gone = inDirectory("/srv/repos/gone");
            assertThat(service.delete(new DeleteProjectCommand(gone.id(), true))).isEqualTo(ProjectDeletion.FILES_DELETED);
            assertThat(files().deleted()).containsExactly("/srv/repos/gone");
        }

        @Test
        void a_directory_the_policy_protects_stays_and_the_reason_is_reported() {
            Project shallow = inDirectory("/home/alice/demo");

            ProjectDeletion deletion = service.delete(new DeleteProjectCommand(shallow.id(), true));

            assertThat(deletion.filesDeleted()).isFalse();
            assertThat(deletion.reason()).isEqualTo("INSUFFICIENT_DEPTH");
            assertThat(deletion.fileDeletionError()).contains("/home/alice/demo");
            assertThat(files().deleted()).isEmpty();
            assertThat(repository.findById(shallow.id())).isEmpty();
        }

        @Test
        void a_disk_failure_is_reported_after_the_project_is_gone() {
            Project project = inDirectory("/srv/repos/stubborn");
            files().failWith(new ProjectFilesPort.ProjectFilesException("FILE_DELETION_FAILED", "permission denied"));

            ProjectDeletion deletion = service.delete(new DeleteProjectCommand(project.id(), true));

            assertThat(deletion).isEqualTo(ProjectDeletion.filesRefused("FILE_DELETION_FAILED", "permission denied"));
            assertThat(repository.findById(project.id())).isEmpty();
        }
    }
}
