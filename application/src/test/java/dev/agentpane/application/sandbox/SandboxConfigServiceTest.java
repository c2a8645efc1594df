package dev.agentpane.application.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigCommand;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsQuery;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigCommand;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigChange;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigInUseException;
import dev.agentpane.domain.sandbox.SandboxConfigLimitException;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxConfigServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");
    private InMemoryStores stores;
    private SandboxConfigService service;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        service = new SandboxConfigService(stores.port(SandboxConfigRepository.class), stores.port(TransactionRunner.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SandboxConfigChange change(String name, Boolean isDefault, Integer memoryMb) {
        return new SandboxConfigChange(name == null ? null : Change.to(name), null, null,
                isDefault == null ? null : Change.to(isDefault), null, memoryMb == null ? null : Change.to(memoryMb), null, null,
                null, null, null, null, null, null, null);
    }

    private SandboxConfig create(String name, boolean isDefault) {
        return service.create(new CreateSandboxConfigCommand(change(name, isDefault, null)));
    }

    @Test
    void a_created_config_is_stored_and_listed() {
        SandboxConfig config = create("Docker", false);

        assertThat(service.get(config.id())).isEqualTo(config);
        assertThat(service.list(new ListSandboxConfigsQuery(50, 0)).items()).containsExactly(config);
        assertThat(service.list(new ListSandboxConfigsQuery(50, 0)).totalCount()).isEqualTo(1);
    }

    @Test
    void a_new_config_needs_a_name() {
        assertThatThrownBy(() -> new CreateSandboxConfigCommand(SandboxConfigChange.NONE)).isInstanceOf(ValidationException.class)
                .hasMessage("Name is required");
    }

    @Test
    void only_one_config_is_the_default() {
        SandboxConfig first = create("First", true);
        SandboxConfig second = create("Second", true);

        assertThat(service.get(first.id()).isDefault()).isFalse();
        assertThat(service.get(second.id()).isDefault()).isTrue();
        service.update(new UpdateSandboxConfigCommand(first.id(), change(null, true, null)));
        assertThat(service.get(first.id()).isDefault()).isTrue();
        assertThat(service.get(second.id()).isDefault()).isFalse();
    }

    @Test
    void names_stay_unique_on_create_and_rename() {
        create("Taken", false);
        SandboxConfig other = create("Other", false);

        assertThatThrownBy(() -> create("Taken", false)).isInstanceOf(DuplicateSandboxConfigNameException.class);
        assertThatThrownBy(() -> service.update(new UpdateSandboxConfigCommand(other.id(), change("Taken", null, null))))
                .isInstanceOf(DuplicateSandboxConfigNameException.class);
        assertThat(service.get(other.id()).name()).isEqualTo("Other");
    }

    @Test
    void an_update_outside_the_bounds_changes_nothing() {
        SandboxConfig config = create("Bounded", false);

        assertThatThrownBy(() -> service.update(new UpdateSandboxConfigCommand(config.id(), change("Renamed", null, 100))))
                .isInstanceOf(SandboxConfigLimitException.class);
        assertThat(service.get(config.id())).isEqualTo(config);
    }

    @Test
    void unknown_configs_are_not_found() {
        SandboxConfigId unknown = SandboxConfigId.of("nope");

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(SandboxConfigNotFoundException.class);
        assertThatThrownBy(() -> service.update(new UpdateSandboxConfigCommand(unknown, change("x", null, null))))
                .isInstanceOf(SandboxConfigNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(SandboxConfigNotFoundException.class);
    }

    @Test
    void a_config_in_use_is_not_deleted_and_says_by_how_many_projects() {
        SandboxConfig config = create("Used", false);
        stores.port(ProjectRepository.class).insert(Project.create("A", "/repos/a", null, config.id(), NOW));
        stores.port(ProjectRepository.class).insert(Project.create("B", "/repos/b", null, config.id(), NOW));

        assertThatThrownBy(() -> service.delete(config.id())).isInstanceOfSatisfying(SandboxConfigInUseException.class,
                e -> assertThat(e.projectCount()).isEqualTo(2));
        assertThat(service.get(config.id())).isEqualTo(config);

        SandboxConfig unused = create("Unused", false);
        service.delete(unused.id());
        assertThatThrownBy(() -> service.get(unused.id())).isInstanceOf(SandboxConfigNotFoundException.class);
    }
}
