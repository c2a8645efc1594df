package dev.agentpane.domain.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxConfigTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private static SandboxConfigChange named(String name) {
        return new SandboxConfigChange(Change.to(name), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static SandboxConfigChange resources(Integer memoryMb, Double cpuCores, Integer maxProcesses, Integer timeoutMinutes) {
        return new SandboxConfigChange(null, null, null, null, null, memoryMb == null ? null : Change.to(memoryMb),
                cpuCores == null ? null : Change.to(cpuCores), maxProcesses == null ? null : Change.to(maxProcesses),
                timeoutMinutes == null ? null : Change.to(timeoutMinutes), null, null, null, null, null, null);
    }

    @Test
    void a_new_config_takes_the_original_s_defaults_for_what_is_not_given() {
        SandboxConfig config = SandboxConfig.create(named("Standard"), T0);

        assertThat(config.type()).isEqualTo(SandboxType.DOCKER);
        assertThat(config.isDefault()).isFalse();
        assertThat(config.baseImage()).isEqualTo("node:22-slim");
        assertThat(config.memoryMb()).isEqualTo(4096);
        assertThat(config.cpuCores()).isEqualTo(2.0);
        assertThat(config.maxProcesses()).isEqualTo(256);
        assertThat(config.timeoutMinutes()).isEqualTo(60);
        assertThat(config.kubeNamespace()).isEqualTo("agentpane-sandboxes");
        assertThat(config.networkPolicyEnabled()).isTrue();
        assertThat(config.createdAt()).isEqualTo(T0).isEqualTo(config.updatedAt());
    }

    @Test
    void a_new_config_needs_a_name() {
        assertThatThrownBy(() -> SandboxConfig.create(SandboxConfigChange.NONE, T0)).isInstanceOf(ValidationException.class)
                .hasMessage("Name is required");
    }

    @Test
    void each_resource_bound_is_inclusive_and_reported_with_its_limit() {
        SandboxConfig config = SandboxConfig.create(named("Bounds"), T0);
        SandboxConfig edges = config.apply(resources(512, 0.5, 32, 1), T0);
        assertThat(edges.memoryMb()).isEqualTo(512);
        assertThat(config.apply(resources(32_768, 16.0, 4096, 1440), T0).timeoutMinutes()).isEqualTo(1440);

        assertLimit(() -> config.apply(resources(511, null, null, null), T0), SandboxConfigLimit.MEMORY, 511);
        assertLimit(() -> config.apply(resources(32_769, null, null, null), T0), SandboxConfigLimit.MEMORY, 32_769);
        assertLimit(() -> config.apply(resources(null, 0.49, null, null), T0), SandboxConfigLimit.CPU, 0.49);
        assertLimit(() -> config.apply(resources(null, 16.01, null, null), T0), SandboxConfigLimit.CPU, 16.01);
        assertLimit(() -> config.apply(resources(null, Double.NaN, null, null), T0), SandboxConfigLimit.CPU, Double.NaN);
        assertLimit(() -> config.apply(resources(null, null, 31, null), T0), SandboxConfigLimit.PROCESSES, 31);
        assertLimit(() -> config.apply(resources(null, null, 4097, null), T0), SandboxConfigLimit.PROCESSES, 4097);
        assertLimit(() -> config.apply(resources(null, null, null, 0), T0), SandboxConfigLimit.TIMEOUT, 0);
        assertLimit(() -> config.apply(resources(null, null, null, 1441), T0), SandboxConfigLimit.TIMEOUT, 1441);
    }

    private static void assertLimit(Runnable change, SandboxConfigLimit limit, Number value) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(SandboxConfigLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).startsWith(limit.field() + " must be between ");
        });
    }

    @Test
    void the_limits_carry_the_original_s_codes_and_bounds() {
        assertThat(SandboxConfigLimit.MEMORY.errorCode()).isEqualTo("SANDBOX_CONFIG_INVALID_MEMORY");
        assertThat(SandboxConfigLimit.CPU.min()).isEqualTo(0.5);
        assertThat(SandboxConfigLimit.CPU.max()).isEqualTo(16);
        assertThat(SandboxConfigLimit.PROCESSES.errorCode()).isEqualTo("SANDBOX_CONFIG_INVALID_PROCESSES");
        assertThat(SandboxConfigLimit.TIMEOUT.max()).isEqualTo(1440);
    }

    @Test
    void a_change_replaces_the_given_fields_clears_nullable_ones_and_keeps_the_rest() {
        SandboxConfig config = SandboxConfig.create(named("Before"), T0).apply(new SandboxConfigChange(null, Change.to("text"), null,
                null, null, null, null, null, null, Change.to("/mnt"), null, Change.to("ctx"), null, null,
                Change.to(List.of("a.example"))), T0);

        SandboxConfig changed = config.apply(new SandboxConfigChange(Change.to("After"), Change.to(null),
                Change.to(SandboxType.KUBERNETES), Change.to(true), null, null, null, null, null, null, null, null,
                Change.to(null), Change.to(false), Change.to(List.of())), T0.plusSeconds(1));

        assertThat(changed.name()).isEqualTo("After");
        assertThat(changed.description()).isNull();
        assertThat(changed.type()).isEqualTo(SandboxType.KUBERNETES);
        assertThat(changed.isDefault()).isTrue();
        assertThat(changed.volumeMountPath()).isEqualTo("/mnt");
        assertThat(changed.kubeContext()).isEqualTo("ctx");
        assertThat(changed.kubeNamespace()).isNull();
        assertThat(changed.networkPolicyEnabled()).isFalse();
        assertThat(changed.allowedEgressHosts()).isEmpty();
        assertThat(changed.createdAt()).isEqualTo(T0);
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void fields_that_may_not_be_empty_refuse_null() {
        assertThatThrownBy(() -> new SandboxConfigChange(null, null, Change.to(null), null, null, null, null, null, null, null,
                null, null, null, null, null)).isInstanceOf(ValidationException.class).hasMessage("type cannot be null");
        assertThatThrownBy(() -> new SandboxConfigChange(null, null, null, null, null, Change.to(null), null, null, null, null,
                null, null, null, null, null)).isInstanceOf(ValidationException.class).hasMessage("memoryMb cannot be null");
    }

    @Test
    void egress_hosts_are_bounded_and_never_blank() {
        SandboxConfig config = SandboxConfig.create(named("Hosts"), T0);
        SandboxConfigChange blank = new SandboxConfigChange(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Change.to(List.of("ok.example", " ")));
        SandboxConfigChange tooMany = new SandboxConfigChange(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Change.to(java.util.Collections.nCopies(SandboxConfig.EGRESS_HOSTS_MAX + 1, "h")));

        assertThatThrownBy(() -> config.apply(blank, T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> config.apply(tooMany, T0)).isInstanceOf(ValidationException.class);
    }
}
