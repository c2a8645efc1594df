package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.domain.githubinstallation.RepositoryConfig;
import dev.agentpane.domain.githubinstallation.RepositoryConfigId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RepositoryConfigRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class RepositoryConfigRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private GithubInstallationId installationId;

    private RepositoryConfigRepository configs() {
        return port(RepositoryConfigRepository.class);
    }

    @BeforeEach
    void storeAnInstallation() {
        installationId = storedInstallation("111");
    }

    private GithubInstallationId storedInstallation(String githubInstallationId) {
        GithubInstallation installation = GithubInstallation.create(githubInstallationId, "octo-org", "Organization", T0);
        port(GithubInstallationRepository.class).insert(installation);
        return installation.id();
    }

    private RepositoryConfig config(GithubInstallationId installation, String owner, String repo) {
        return RepositoryConfig.create(installation, owner, repo, T0);
    }

    @Test
    void a_new_config_reads_back_equal_with_absent_optionals() {
        RepositoryConfig config = config(installationId, "octo-org", "app");
        configs().insert(config);

        assertThat(configs().findById(config.id())).contains(config);
        assertThat(config.config()).isNull();
        assertThat(config.syncedAt()).isNull();
    }

    @Test
    void nested_json_non_ascii_and_longest_texts_survive_the_round_trip() {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("maxTurns", 9_007_199_254_740_993L);
        agent.put("temperature", 0.25);
        agent.put("enabled", false);
        agent.put("model", null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("labels", List.of("bug", "für", "🚀"));
        json.put("agent", agent);
        json.put("empty", Map.of());
        RepositoryConfig config = RepositoryConfig.withId(RepositoryConfigId.of("Fixed_config-1"), installationId,
                "ü" + "o".repeat(RepositoryConfig.OWNER_MAX - 1), "仓库" + "r".repeat(RepositoryConfig.REPO_MAX - 2), json,
                T0.plusMillis(1), T0, T0.plusMillis(2));
        configs().insert(config);

        assertThat(configs().findById(config.id())).contains(config);
    }

    @Test
    void the_configs_of_an_installation_are_listed_by_owner_then_repository() {
        RepositoryConfig b = config(installationId, "beta", "api");
        RepositoryConfig a2 = config(installationId, "alpha", "web");
        RepositoryConfig a1 = config(installationId, "alpha", "cli");
        configs().insert(b);
        configs().insert(a2);
        configs().insert(a1);
        configs().insert(config(storedInstallation("222"), "alpha", "other"));

        assertThat(configs().findByInstallation(installationId)).containsExactly(a1, a2, b);
        assertThat(configs().findByInstallation(GithubInstallationId.of("none"))).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field() {
        RepositoryConfig config = config(installationId, "octo-org", "app");
        configs().insert(config);
        RepositoryConfig synced = RepositoryConfig.withId(config.id(), installationId, "octo-org", "app-renamed",
                Map.of("branch", "main"), T0.plusSeconds(1), config.createdAt(), T0.plusSeconds(1));

        assertThat(configs().update(synced)).isTrue();

        assertThat(configs().findById(config.id())).contains(synced);
    }

    @Test
    void updating_or_deleting_a_missing_config_reports_false() {
        RepositoryConfig ghost = config(installationId, "octo-org", "ghost");

        assertThat(configs().update(ghost)).isFalse();
        assertThat(configs().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_config_is_gone() {
        RepositoryConfig config = config(installationId, "octo-org", "app");
        configs().insert(config);

        assertThat(configs().deleteById(config.id())).isTrue();
        assertThat(configs().findById(config.id())).isEmpty();
    }

    @Test
    void deleting_an_installation_deletes_its_configs_and_no_others() {
        RepositoryConfig doomed = config(installationId, "octo-org", "app");
        configs().insert(doomed);
        RepositoryConfig kept = config(storedInstallation("222"), "octo-org", "app");
        configs().insert(kept);

        port(GithubInstallationRepository.class).deleteById(installationId);

        assertThat(configs().findById(doomed.id())).isEmpty();
        assertThat(configs().findById(kept.id())).contains(kept);
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        RepositoryConfig config = config(installationId, "octo-org", "app");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            configs().insert(config);
            throw new IllegalStateException("sync failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(configs().findByInstallation(installationId)).isEmpty();
    }
}
