package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.domain.terraform.TerraformRegistryStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TerraformRegistryRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class TerraformRegistryRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private TerraformRegistryRepository registries() {
        return port(TerraformRegistryRepository.class);
    }

    private static TerraformRegistry registry(String orgName) {
        return TerraformRegistry.create("Registry " + orgName, orgName, "terraform.token." + orgName, null, T0);
    }

    /** A registry with a sync interval whose next sync is at {@code nextSyncAt}, in {@code status}. */
    private static TerraformRegistry scheduled(String orgName, TerraformRegistryStatus status, Instant nextSyncAt) {
        return TerraformRegistry.withId(TerraformRegistryId.of("reg-" + orgName), "Registry " + orgName, orgName,
                "terraform.token", status, null, null, 0, 15, nextSyncAt, T0, T0);
    }

    @Test
    void a_new_registry_reads_back_equal_with_absent_optionals() {
        TerraformRegistry registry = registry("acme");
        registries().insert(registry);

        assertThat(registries().findById(registry.id())).contains(registry);
        assertThat(registry.status()).isEqualTo(TerraformRegistryStatus.ACTIVE);
        assertThat(registry.moduleCount()).isZero();
        assertThat(registry.lastSyncedAt()).isNull();
        assertThat(registry.syncError()).isNull();
        assertThat(registry.syncIntervalMinutes()).isNull();
        assertThat(registry.nextSyncAt()).isNull();
    }

    @Test
    void a_fully_populated_registry_with_non_ascii_and_maximum_length_text_reads_back_equal() {
        TerraformRegistry registry = TerraformRegistry.withId(TerraformRegistryId.of("Custom_id-42"),
                "Ünïcødé 注册表 🚀" + "n".repeat(TerraformRegistry.NAME_MAX - 14), "o".repeat(TerraformRegistry.ORG_NAME_MAX),
                "k".repeat(SettingKey.MAX_LENGTH), TerraformRegistryStatus.ERROR, T0.plusMillis(1),
                "401 Unauthorized — jeton refusé ✋ " + "e".repeat(5000), 2_000_000_000, 1440, T0.plusMillis(999),
                T0, T0.plusMillis(2));

        registries().insert(registry);

        assertThat(registries().findById(registry.id())).contains(registry);
    }

    @Test
    void a_registry_created_with_an_interval_is_scheduled_one_interval_ahead() {
        TerraformRegistry registry = TerraformRegistry.create("Hourly", "hourly", "terraform.token", 60, T0);
        registries().insert(registry);

        TerraformRegistry stored = registries().findById(registry.id()).orElseThrow();
        assertThat(stored.syncIntervalMinutes()).isEqualTo(60);
        assertThat(stored.nextSyncAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(registries().findById(TerraformRegistryId.of("nope"))).isEmpty();
    }

    @Test
    void two_registries_cannot_share_an_organization() {
        registries().insert(registry("acme"));

        assertThatThrownBy(() -> registries().insert(registry("acme")))
                .isInstanceOf(DuplicateTerraformRegistryOrgException.class);
        assertThat(registries().findAll()).hasSize(1);
    }

    @Test
    void an_update_to_an_organization_that_another_registry_has_is_refused_and_changes_nothing() {
        TerraformRegistry acme = registry("acme");
        TerraformRegistry globex = registry("globex");
        registries().insert(acme);
        registries().insert(globex);

        TerraformRegistry clash = TerraformRegistry.withId(globex.id(), "Renamed", "acme", globex.tokenSettingKey(),
                globex.status(), null, null, 0, null, null, globex.createdAt(), T0.plusSeconds(1));

        assertThatThrownBy(() -> registries().update(clash)).isInstanceOf(DuplicateTerraformRegistryOrgException.class);
        assertThat(registries().findById(globex.id())).contains(globex);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            registries().insert(registry("first"));
            registries().insert(registry("first"));
        })).isInstanceOf(DuplicateTerraformRegistryOrgException.class);

        assertThat(registries().findAll()).isEmpty();
    }

    @Test
    void lists_every_registry_by_name() {
        TerraformRegistry charlie = TerraformRegistry.create("charlie", "org-c", "key", null, T0);
        TerraformRegistry alpha = TerraformRegistry.create("alpha", "org-a", "key", null, T0.plusSeconds(1));
        TerraformRegistry bravo = TerraformRegistry.create("bravo", "org-b", "key", 30, T0.plusSeconds(2));
        registries().insert(charlie);
        registries().insert(alpha);
        registries().insert(bravo);

        assertThat(registries().findAll()).containsExactly(alpha, bravo, charlie);
    }

    @Test
    void an_update_stores_every_changed_field() {
        TerraformRegistry registry = registry("acme");
        registries().insert(registry);

        TerraformRegistry synced = TerraformRegistry.withId(registry.id(), "Renamed", "acme-corp", "other.key",
                TerraformRegistryStatus.SYNCING, T0.plusSeconds(5), "previous failure", 42, 30, T0.plusSeconds(1805),
                registry.createdAt(), T0.plusSeconds(5));
        assertThat(registries().update(synced)).isTrue();
        assertThat(registries().findById(registry.id())).contains(synced);

        TerraformRegistry cleared = TerraformRegistry.withId(registry.id(), "Renamed", "acme-corp", "other.key",
                TerraformRegistryStatus.ACTIVE, T0.plusSeconds(5), null, 0, null, null, registry.createdAt(),
                T0.plusSeconds(6));
        assertThat(registries().update(cleared)).isTrue();
        assertThat(registries().findById(registry.id())).contains(cleared);
    }

    @Test
    void updating_or_deleting_a_missing_registry_reports_false() {
        TerraformRegistry ghost = registry("ghost");

        assertThat(registries().update(ghost)).isFalse();
        assertThat(registries().deleteById(ghost.id())).isFalse();
        assertThat(registries().findAll()).isEmpty();
    }

    @Test
    void a_deleted_registry_is_gone_and_its_modules_with_it() {
        TerraformRegistry doomed = registry("doomed");
        TerraformRegistry kept = registry("kept");
        registries().insert(doomed);
        registries().insert(kept);
        TerraformModuleRepository modules = port(TerraformModuleRepository.class);
        modules.replaceAllOfRegistry(doomed.id(), List.of(module(doomed, "vpc"), module(doomed, "dns")));
        TerraformModule survivor = module(kept, "vpc");
        modules.insert(survivor);

        assertThat(registries().deleteById(doomed.id())).isTrue();

        assertThat(registries().findById(doomed.id())).isEmpty();
        assertThat(modules.count(new TerraformModuleFilter(doomed.id(), null, null))).isZero();
        assertThat(modules.count(TerraformModuleFilter.ALL)).isEqualTo(1);
        assertThat(modules.findById(survivor.id())).contains(survivor);
    }

    private static TerraformModule module(TerraformRegistry registry, String name) {
        return TerraformModule.create(registry.id(), name, registry.orgName(), "aws", "1.0.0",
                "app.terraform.io/" + registry.orgName() + "/" + name + "/aws", null, null, null, null, null, null, T0);
    }

    @Test
    void the_registries_due_for_sync_are_those_scheduled_at_or_before_now_and_not_syncing_longest_overdue_first() {
        Instant now = T0.plusSeconds(3600);
        TerraformRegistry dueLongAgo = scheduled("due-long-ago", TerraformRegistryStatus.ACTIVE, now.minusSeconds(600));
        TerraformRegistry dueNow = scheduled("due-now", TerraformRegistryStatus.ACTIVE, now);
        TerraformRegistry failedAndDue = scheduled("failed", TerraformRegistryStatus.ERROR, now.minusSeconds(60));
        TerraformRegistry syncing = scheduled("syncing", TerraformRegistryStatus.SYNCING, now.minusSeconds(900));
        TerraformRegistry notYet = scheduled("not-yet", TerraformRegistryStatus.ACTIVE, now.plusMillis(1));
        TerraformRegistry onDemand = TerraformRegistry.withId(TerraformRegistryId.of("reg-on-demand"), "On demand",
                "on-demand", "terraform.token", TerraformRegistryStatus.ACTIVE, null, null, 0, null, now.minusSeconds(900),
                T0, T0);
        TerraformRegistry neverScheduled = registry("never");
        for (TerraformRegistry registry : List.of(dueNow, notYet, failedAndDue, syncing, onDemand, dueLongAgo, neverScheduled)) {
            registries().insert(registry);
        }

        assertThat(registries().findDueForSync(now)).containsExactly(dueLongAgo, failedAndDue, dueNow);
        assertThat(registries().findDueForSync(T0)).isEmpty();
    }
}
