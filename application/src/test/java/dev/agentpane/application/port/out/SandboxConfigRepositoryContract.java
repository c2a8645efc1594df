package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigChange;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxType;
import dev.agentpane.domain.shared.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SandboxConfigRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class SandboxConfigRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private SandboxConfigRepository configs() {
        return port(SandboxConfigRepository.class);
    }

    private static SandboxConfig config(String name, Instant at) {
        return SandboxConfig.create(name, null, at);
    }

    private static SandboxConfig renamed(SandboxConfig config, String name, Instant at) {
        return SandboxConfig.withId(config.id(), name, config.description(), config.type(), config.isDefault(),
                config.baseImage(), config.memoryMb(), config.cpuCores(), config.maxProcesses(),
                config.timeoutMinutes(), config.volumeMountPath(), config.kubeConfigPath(), config.kubeContext(),
                config.kubeNamespace(), config.networkPolicyEnabled(), config.allowedEgressHosts(), config.createdAt(),
                at);
    }

    @Test
    void a_new_config_reads_back_equal_with_the_original_defaults() {
        SandboxConfig config = config("Standard", T0);
        configs().insert(config);

        assertThat(configs().findById(config.id())).contains(config);
        assertThat(config.type()).isEqualTo(SandboxType.DOCKER);
        assertThat(config.isDefault()).isFalse();
        assertThat(config.networkPolicyEnabled()).isTrue();
        assertThat(config.allowedEgressHosts()).isNull();
        assertThat(config.kubeNamespace()).isEqualTo("agentpane-sandboxes");
    }

    @Test
    void a_fully_populated_config_with_non_ascii_text_and_extreme_limits_reads_back_equal() {
        SandboxConfig config = SandboxConfig.withId(SandboxConfigId.of("Custom_config-1"), "n".repeat(SandboxConfig.NAME_MAX),
                "Beschreibung 描述 🐳", SandboxType.KUBERNETES, true, "ghcr.io/acme/ïmage:1.0", SandboxConfig.MAX_MEMORY_MB,
                SandboxConfig.MIN_CPU_CORES, SandboxConfig.MAX_PROCESSES, SandboxConfig.MIN_TIMEOUT_MINUTES,
                "/mnt/wörk", "/home/ü/.kube/config", "kind-ctx", null, false,
                List.of("api.anthropic.com", "*.github.com", "bücher.example"), T0, T0.plusMillis(1));

        configs().insert(config);

        assertThat(configs().findById(config.id())).contains(config);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(configs().findById(SandboxConfigId.of("nope"))).isEmpty();
        assertThat(configs().findDefault()).isEmpty();
    }

    @Test
    void two_configs_cannot_share_a_name() {
        SandboxConfig first = config("Same", T0);
        configs().insert(first);

        assertThatThrownBy(() -> configs().insert(config("Same", T0.plusSeconds(1))))
                .isInstanceOf(DuplicateSandboxConfigNameException.class);
        assertThat(configs().count()).isEqualTo(1);
    }

    @Test
    void renaming_onto_another_configs_name_is_refused_and_changes_nothing() {
        SandboxConfig taken = config("Taken", T0);
        SandboxConfig other = config("Other", T0);
        configs().insert(taken);
        configs().insert(other);

        assertThatThrownBy(() -> configs().update(renamed(other, "Taken", T0.plusSeconds(1))))
                .isInstanceOf(DuplicateSandboxConfigNameException.class);
        assertThat(configs().findById(other.id())).contains(other);
    }

    @Test
    void inserting_a_new_default_takes_the_flag_from_the_old_one() {
        SandboxConfig oldDefault = config("Old", T0).asDefault(true, T0);
        configs().insert(oldDefault);
        SandboxConfig newDefault = config("New", T0.plusSeconds(1)).asDefault(true, T0.plusSeconds(1));

        configs().insert(newDefault);

        assertThat(configs().findDefault()).contains(newDefault);
        assertThat(configs().findById(oldDefault.id()).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void updating_a_config_to_default_takes_the_flag_from_the_old_one() {
        SandboxConfig oldDefault = config("Old", T0).asDefault(true, T0);
        SandboxConfig promoted = config("Promoted", T0);
        configs().insert(oldDefault);
        configs().insert(promoted);

        SandboxConfig nowDefault = promoted.asDefault(true, T0.plusSeconds(1));
        assertThat(configs().update(nowDefault)).isTrue();

        assertThat(configs().findDefault()).contains(nowDefault);
        assertThat(configs().findById(oldDefault.id()).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void a_refused_new_default_leaves_the_old_default_in_place() {
        SandboxConfig oldDefault = config("Old", T0).asDefault(true, T0);
        configs().insert(oldDefault);

        assertThatThrownBy(() -> configs().insert(config("Old", T0.plusSeconds(1)).asDefault(true, T0.plusSeconds(1))))
                .isInstanceOf(DuplicateSandboxConfigNameException.class);
        assertThat(configs().findDefault()).contains(oldDefault);
    }

    @Test
    void promoting_a_missing_config_leaves_the_old_default_in_place() {
        SandboxConfig oldDefault = config("Old", T0).asDefault(true, T0);
        configs().insert(oldDefault);

        assertThat(configs().update(config("Ghost", T0).asDefault(true, T0))).isFalse();
        assertThat(configs().findDefault()).contains(oldDefault);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            configs().insert(config("First", T0));
            configs().insert(config("First", T0));
        })).isInstanceOf(DuplicateSandboxConfigNameException.class);

        assertThat(configs().count()).isZero();
    }

    @Test
    void lists_the_default_first_then_most_recently_updated_in_pages() {
        SandboxConfig a = config("A", T0);
        SandboxConfig b = config("B", T0.plusSeconds(1));
        SandboxConfig defaultOne = config("Default", T0.minusSeconds(60)).asDefault(true, T0.minusSeconds(60));
        SandboxConfig c = config("C", T0.plusSeconds(2));
        List.of(a, b, defaultOne, c).forEach(configs()::insert);

        assertThat(configs().findDefaultFirst(2, 0)).containsExactly(defaultOne, c);
        assertThat(configs().findDefaultFirst(2, 2)).containsExactly(b, a);
        assertThat(configs().findDefaultFirst(50, 3)).containsExactly(a);
        assertThat(configs().count()).isEqualTo(4);
    }

    @Test
    void counts_the_projects_that_use_a_config() {
        SandboxConfig used = config("Used", T0);
        SandboxConfig unused = config("Unused", T0);
        configs().insert(used);
        configs().insert(unused);
        for (String path : List.of("/repos/a", "/repos/b")) {
            port(ProjectRepository.class).insert(Project.create("Project " + path, path, null, used.id(), T0));
        }
        port(ProjectRepository.class).insert(Project.create("Without", "/repos/c", null, T0));

        assertThat(configs().countProjectsUsing(used.id())).isEqualTo(2);
        assertThat(configs().countProjectsUsing(unused.id())).isZero();
    }

    @Test
    void a_config_read_for_update_is_the_stored_one() {
        SandboxConfig config = config("Held", T0);
        configs().insert(config);

        assertThat(transactions().inTransaction(() -> configs().findByIdForUpdate(config.id()))).contains(config);
        assertThat(transactions().inTransaction(() -> configs().findByIdForUpdate(SandboxConfigId.of("nope")))).isEmpty();
    }

    @Test
    void a_config_changed_in_every_field_reads_back_equal() {
        SandboxConfig config = config("Before", T0);
        configs().insert(config);
        SandboxConfig changed = config.apply(new SandboxConfigChange(Change.to("After"), Change.to("Beschreibung ✓"),
                Change.to(SandboxType.DEVCONTAINER), Change.to(true), Change.to("python:3.13"), Change.to(8192), Change.to(3.5),
                Change.to(512), Change.to(120), Change.to("/work"), Change.to("/k/config"), Change.to("ctx"), Change.to(null),
                Change.to(false), Change.to(List.of("a.example", "b.example"))), T0.plusSeconds(1));

        assertThat(configs().update(changed)).isTrue();

        assertThat(configs().findById(config.id())).contains(changed);
    }

    @Test
    void updating_or_deleting_a_missing_config_reports_false() {
        SandboxConfig ghost = config("Ghost", T0);

        assertThat(configs().update(ghost)).isFalse();
        assertThat(configs().deleteById(ghost.id())).isFalse();
        assertThat(configs().count()).isZero();
    }

    @Test
    void a_deleted_config_is_gone_and_its_name_free_again() {
        SandboxConfig config = config("Doomed", T0);
        configs().insert(config);

        assertThat(configs().deleteById(config.id())).isTrue();
        assertThat(configs().findById(config.id())).isEmpty();
        configs().insert(config("Doomed", T0.plusSeconds(1)));
        assertThat(configs().count()).isEqualTo(1);
    }
}
