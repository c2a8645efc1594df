package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.githubinstallation.DuplicateGithubInstallationException;
import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link GithubInstallationRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class GithubInstallationRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private GithubInstallationRepository installations() {
        return port(GithubInstallationRepository.class);
    }

    private static GithubInstallation installation(String installationId) {
        return GithubInstallation.create(installationId, "octo-org", "Organization", T0);
    }

    @Test
    void a_new_installation_reads_back_equal_and_active() {
        GithubInstallation installation = installation("12345678");
        installations().insert(installation);

        assertThat(installations().findById(installation.id())).contains(installation);
        assertThat(installation.status()).isEqualTo("active");
    }

    @Test
    void non_ascii_and_longest_texts_survive_the_round_trip() {
        GithubInstallation installation = GithubInstallation.withId(GithubInstallationId.of("Fixed_installation-1"),
                "9".repeat(GithubInstallation.INSTALLATION_ID_MAX), "ö-" + "l".repeat(GithubInstallation.ACCOUNT_LOGIN_MAX - 2),
                "用户" + "t".repeat(GithubInstallation.ACCOUNT_TYPE_MAX - 2), "s".repeat(GithubInstallation.STATUS_MAX),
                T0, T0.plusMillis(1));
        installations().insert(installation);

        assertThat(installations().findById(installation.id())).contains(installation);
    }

    @Test
    void an_installation_is_found_by_its_github_installation_id() {
        GithubInstallation wanted = installation("111");
        installations().insert(wanted);
        installations().insert(installation("222"));

        assertThat(installations().findByInstallationId("111")).contains(wanted);
        assertThat(installations().findByInstallationId("333")).isEmpty();
        assertThat(installations().findById(GithubInstallationId.of("nope"))).isEmpty();
    }

    @Test
    void two_installations_cannot_share_a_github_installation_id() {
        GithubInstallation first = installation("111");
        installations().insert(first);
        GithubInstallation second = installation("111");

        assertThatThrownBy(() -> installations().insert(second)).isInstanceOf(DuplicateGithubInstallationException.class);
        assertThat(installations().findById(second.id())).isEmpty();
        assertThat(installations().findByInstallationId("111")).contains(first);
    }

    @Test
    void an_update_cannot_take_the_github_installation_id_of_another() {
        installations().insert(installation("111"));
        GithubInstallation other = installation("222");
        installations().insert(other);

        GithubInstallation clash = GithubInstallation.withId(other.id(), "111", "x", "User", "active", T0, T0);
        assertThatThrownBy(() -> installations().update(clash)).isInstanceOf(DuplicateGithubInstallationException.class);
        assertThat(installations().findById(other.id())).contains(other);
    }

    @Test
    void an_update_stores_every_changed_field() {
        GithubInstallation installation = installation("111");
        installations().insert(installation);
        GithubInstallation suspended = GithubInstallation.withId(installation.id(), "112", "renamed", "User", "suspended",
                installation.createdAt(), T0.plusSeconds(1));

        assertThat(installations().update(suspended)).isTrue();

        assertThat(installations().findById(installation.id())).contains(suspended);
    }

    @Test
    void updating_or_deleting_a_missing_installation_reports_false() {
        GithubInstallation ghost = installation("404");

        assertThat(installations().update(ghost)).isFalse();
        assertThat(installations().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_installation_is_gone() {
        GithubInstallation installation = installation("111");
        installations().insert(installation);

        assertThat(installations().deleteById(installation.id())).isTrue();
        assertThat(installations().findById(installation.id())).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        GithubInstallation installation = installation("111");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            installations().insert(installation);
            installations().insert(installation("111"));
        })).isInstanceOf(DuplicateGithubInstallationException.class);

        assertThat(installations().findById(installation.id())).isEmpty();
    }
}
