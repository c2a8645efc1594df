package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.terraform.DuplicateTerraformModuleException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleInput;
import dev.agentpane.domain.terraform.TerraformModuleOutput;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TerraformModuleRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class TerraformModuleRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private TerraformRegistry acme;
    private TerraformRegistry globex;

    private TerraformModuleRepository modules() {
        return port(TerraformModuleRepository.class);
    }

    @BeforeEach
    void twoRegistries() {
        acme = TerraformRegistry.create("Acme", "acme", "terraform.token.acme", null, T0);
        globex = TerraformRegistry.create("Globex", "globex", "terraform.token.globex", null, T0);
        port(TerraformRegistryRepository.class).insert(acme);
        port(TerraformRegistryRepository.class).insert(globex);
    }

    /** Each module made here is updated one second after the one before, so the list order is known. */
    private int made;

    private TerraformModule module(TerraformRegistry registry, String name, String provider, String description) {
        return TerraformModule.create(registry.id(), name, registry.orgName(), provider, "1.0.0",
                "app.terraform.io/" + registry.orgName() + "/" + name + "/" + provider, description, null, null, null, null,
                null, T0.plusSeconds(made++));
    }

    private static TerraformModuleQuery query(TerraformRegistryId registryId, String provider, String search, int limit) {
        return new TerraformModuleQuery(new TerraformModuleFilter(registryId, provider, search), limit);
    }

    private static TerraformModuleFilter search(String text) {
        return new TerraformModuleFilter(null, null, text);
    }

    private List<TerraformModule> found(TerraformModuleFilter filter) {
        return modules().find(new TerraformModuleQuery(filter, TerraformModuleQuery.MAX_LIMIT));
    }

    @Test
    void a_stored_module_reads_back_equal_with_absent_optionals() {
        TerraformModule module = module(acme, "vpc", "aws", null);
        modules().insert(module);

        assertThat(modules().findById(module.id())).contains(module);
        assertThat(module.description()).isNull();
        assertThat(module.readme()).isNull();
        assertThat(module.inputs()).isNull();
        assertThat(module.outputs()).isNull();
        assertThat(module.dependencies()).isNull();
    }

    @Test
    void typed_inputs_and_outputs_nested_defaults_non_ascii_and_maximum_length_text_survive_the_round_trip() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("owner", "équipe-réseau 🌐");
        tags.put("cidrs", List.of("10.0.0.0/16", "10.1.0.0/16"));
        tags.put("nested", Map.of("enabled", true, "ratio", 0.25, "big", 9_007_199_254_740_993L));
        tags.put("nothing", null);
        List<TerraformModuleInput> inputs = List.of(
                new TerraformModuleInput("name", "string", "Der Name des Netzes — ü", null, true, null),
                new TerraformModuleInput("tags", "map(any)", null, tags, false, false),
                new TerraformModuleInput("password", "string", "secret", "hunter2", false, true),
                new TerraformModuleInput("count", "number", null, 3L, false, null),
                new TerraformModuleInput("flags", "list(bool)", null, List.of(true, false), false, null));
        List<TerraformModuleOutput> outputs = List.of(
                new TerraformModuleOutput("vpc_id", "L'identifiant du VPC"),
                new TerraformModuleOutput("subnet_ids", null));
        TerraformModule module = TerraformModule.withId(TerraformModuleId.of("Custom_id-42"), acme.id(),
                "n".repeat(TerraformModule.NAME_MAX), "ネームスペース" + "s".repeat(TerraformModule.NAMESPACE_MAX - 7),
                "p".repeat(TerraformModule.PROVIDER_MAX), "v".repeat(TerraformModule.VERSION_MAX),
                "s".repeat(TerraformModule.SOURCE_MAX), "d".repeat(TerraformModule.DESCRIPTION_MAX),
                "# README 📘\n\n```hcl\nmodule \"vpc\" {}\n```\n" + "r".repeat(100_000), inputs, outputs,
                List.of("app.terraform.io/acme/subnet/aws", "hashicorp/consul/aws"), T0.plusMillis(1), T0,
                T0.plusMillis(2));

        modules().insert(module);

        assertThat(modules().findById(module.id())).contains(module);
    }

    @Test
    void empty_lists_stay_empty_rather_than_absent() {
        TerraformModule module = TerraformModule.create(acme.id(), "empty", "acme", "aws", "0.1.0", "src", "", "",
                List.of(), List.of(), List.of(), null, T0);
        modules().insert(module);

        assertThat(modules().findById(module.id())).contains(module);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(modules().findById(TerraformModuleId.of("nope"))).isEmpty();
    }

    @Test
    void two_modules_cannot_share_an_id() {
        TerraformModule module = module(acme, "vpc", "aws", null);
        modules().insert(module);

        assertThatThrownBy(() -> modules().insert(module)).isInstanceOf(DuplicateTerraformModuleException.class);
        assertThat(modules().count(TerraformModuleFilter.ALL)).isEqualTo(1);
    }

    @Test
    void lists_most_recently_updated_first_filtered_by_registry_and_provider_and_counts_the_same_way() {
        TerraformModule acmeVpcAws = module(acme, "vpc", "aws", null);
        TerraformModule acmeDnsAzure = module(acme, "dns", "azurerm", null);
        TerraformModule acmeBucketAws = module(acme, "bucket", "aws", null);
        TerraformModule globexVpcAws = module(globex, "vpc-peering", "aws", null);
        for (TerraformModule module : List.of(acmeBucketAws, globexVpcAws, acmeVpcAws, acmeDnsAzure)) {
            modules().insert(module);
        }

        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(globexVpcAws, acmeBucketAws, acmeDnsAzure, acmeVpcAws);
        assertThat(found(new TerraformModuleFilter(acme.id(), null, null))).containsExactly(acmeBucketAws, acmeDnsAzure, acmeVpcAws);
        assertThat(found(new TerraformModuleFilter(null, "aws", null))).containsExactly(globexVpcAws, acmeBucketAws, acmeVpcAws);
        assertThat(found(new TerraformModuleFilter(globex.id(), "aws", null))).containsExactly(globexVpcAws);
        assertThat(found(new TerraformModuleFilter(globex.id(), "azurerm", null))).isEmpty();

        assertThat(modules().count(TerraformModuleFilter.ALL)).isEqualTo(4);
        assertThat(modules().count(new TerraformModuleFilter(acme.id(), null, null))).isEqualTo(3);
        assertThat(modules().count(new TerraformModuleFilter(null, "aws", null))).isEqualTo(3);
        assertThat(modules().count(new TerraformModuleFilter(globex.id(), "azurerm", null))).isZero();
    }

    @Test
    void the_limit_cuts_the_list_but_not_the_count() {
        List<TerraformModule> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TerraformModule module = module(acme, "module-" + i, "aws", null);
            modules().insert(module);
            created.add(module);
        }

        assertThat(modules().find(query(acme.id(), "aws", null, 2))).containsExactly(created.get(4), created.get(3));
        assertThat(modules().find(query(null, null, "module", 1))).containsExactly(created.get(4));
        assertThat(modules().count(new TerraformModuleFilter(acme.id(), "aws", null))).isEqualTo(5);
    }

    @Test
    void modules_updated_at_the_same_time_are_ordered_by_id_newest_first() {
        TerraformModule second = TerraformModule.withId(TerraformModuleId.of("id-b"), acme.id(), "vpc", "acme", "aws",
                "1.0.0", "src", null, null, null, null, null, null, T0, T0);
        TerraformModule first = TerraformModule.withId(TerraformModuleId.of("id-a"), globex.id(), "vpc", "globex", "aws",
                "1.0.0", "src", null, null, null, null, null, null, T0, T0);
        modules().insert(first);
        modules().insert(second);

        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(second, first);
    }

    @Test
    void the_search_matches_name_or_description_ignoring_case_but_not_the_namespace() {
        TerraformModule byName = module(acme, "network-core", "aws", null);
        TerraformModule byDescription = module(acme, "subnets", "aws", "Creates NETWORK subnets");
        TerraformModule byNamespaceOnly = TerraformModule.create(globex.id(), "zones", "NetWorking-team", "aws", "1.0.0", "src",
                null, null, null, null, null, null, T0.plusSeconds(made++));
        TerraformModule unrelated = module(acme, "bucket", "aws", "Object storage");
        for (TerraformModule module : List.of(byName, byDescription, byNamespaceOnly, unrelated)) {
            modules().insert(module);
        }

        assertThat(found(search("nEtWoRk"))).containsExactly(byDescription, byName);
        assertThat(modules().count(search("network"))).isEqualTo(2);
        assertThat(found(new TerraformModuleFilter(acme.id(), "aws", "NETWORK"))).containsExactly(byDescription, byName);
        assertThat(modules().count(new TerraformModuleFilter(acme.id(), "aws", "NETWORK"))).isEqualTo(2);
        assertThat(found(search("no such text"))).isEmpty();
    }

    @Test
    void replacing_the_modules_of_a_registry_leaves_exactly_the_new_set_and_other_registries_alone() {
        TerraformModule oldVpc = module(acme, "vpc", "aws", null);
        TerraformModule oldDns = module(acme, "dns", "aws", null);
        TerraformModule globexModule = module(globex, "vpc", "aws", null);
        modules().replaceAllOfRegistry(acme.id(), List.of(oldVpc, oldDns));
        modules().insert(globexModule);

        TerraformModule newVpc = module(acme, "vpc", "aws", "v2");
        TerraformModule newBucket = module(acme, "bucket", "aws", null);
        modules().replaceAllOfRegistry(acme.id(), List.of(newVpc, newBucket));

        assertThat(found(new TerraformModuleFilter(acme.id(), null, null))).containsExactly(newBucket, newVpc);
        assertThat(modules().findById(oldVpc.id())).isEmpty();
        assertThat(modules().findById(globexModule.id())).contains(globexModule);

        modules().replaceAllOfRegistry(acme.id(), List.of());
        assertThat(modules().count(new TerraformModuleFilter(acme.id(), null, null))).isZero();
        assertThat(modules().count(TerraformModuleFilter.ALL)).isEqualTo(1);
    }

    @Test
    void a_replacement_that_fails_part_way_keeps_the_old_set() {
        TerraformModule old = module(acme, "vpc", "aws", null);
        TerraformModule globexModule = module(globex, "dns", "aws", null);
        modules().insert(old);
        modules().insert(globexModule);
        TerraformModule fresh = module(acme, "bucket", "aws", null);
        TerraformModule stealingAnId = TerraformModule.withId(globexModule.id(), acme.id(), "dns", "acme", "aws", "1.0.0",
                "src", null, null, null, null, null, null, T0, T0);

        assertThatThrownBy(() -> modules().replaceAllOfRegistry(acme.id(), List.of(fresh, stealingAnId)))
                .isInstanceOf(DuplicateTerraformModuleException.class);

        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(globexModule, old);
    }

    @Test
    void a_replacement_holding_a_module_of_another_registry_is_refused_and_changes_nothing() {
        TerraformModule old = module(acme, "vpc", "aws", null);
        modules().insert(old);

        assertThatThrownBy(() -> modules().replaceAllOfRegistry(acme.id(),
                List.of(module(acme, "dns", "aws", null), module(globex, "vpc", "aws", null))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(old);
    }

    @Test
    void a_failed_transaction_around_a_replacement_keeps_the_old_set() {
        TerraformModule old = module(acme, "vpc", "aws", null);
        modules().insert(old);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            modules().replaceAllOfRegistry(acme.id(), List.of(module(acme, "dns", "aws", null)));
            throw new IllegalStateException("sync aborted");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(old);
    }

    @Test
    void an_update_stores_every_changed_field() {
        TerraformModule module = module(acme, "vpc", "aws", null);
        modules().insert(module);

        TerraformModule changed = TerraformModule.withId(module.id(), acme.id(), "vpc-v2", "acme-platform", "google",
                "2.0.0", "app.terraform.io/acme/vpc-v2/google", "now described", "# readme",
                List.of(new TerraformModuleInput("region", "string", null, "europe-west1", false, null)),
                List.of(new TerraformModuleOutput("network", "the network")), List.of("hashicorp/consul/aws"),
                T0.plusSeconds(1), module.createdAt(), T0.plusSeconds(2));
        assertThat(modules().update(changed)).isTrue();

        assertThat(modules().findById(module.id())).contains(changed);
    }

    @Test
    void updating_or_deleting_a_missing_module_reports_false() {
        TerraformModule ghost = module(acme, "ghost", "aws", null);

        assertThat(modules().update(ghost)).isFalse();
        assertThat(modules().deleteById(ghost.id())).isFalse();
        assertThat(modules().count(TerraformModuleFilter.ALL)).isZero();
    }

    @Test
    void a_deleted_module_is_gone() {
        TerraformModule doomed = module(acme, "doomed", "aws", null);
        TerraformModule kept = module(acme, "kept", "aws", null);
        modules().insert(doomed);
        modules().insert(kept);

        assertThat(modules().deleteById(doomed.id())).isTrue();

        assertThat(modules().findById(doomed.id())).isEmpty();
        assertThat(found(TerraformModuleFilter.ALL)).containsExactly(kept);
    }
}
