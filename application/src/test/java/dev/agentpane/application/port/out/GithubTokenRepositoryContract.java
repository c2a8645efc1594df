package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenId;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link GithubTokenRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class GithubTokenRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private GithubTokenRepository tokens() {
        return port(GithubTokenRepository.class);
    }

    private static GithubToken token(String encrypted, Instant at) {
        return GithubToken.create(encrypted, GithubTokenType.PAT, "repo,read:org", "octocat", "583231", at);
    }

    @Test
    void no_token_is_stored_at_first() {
        assertThat(tokens().findCurrent()).isEmpty();
    }

    @Test
    void a_stored_token_reads_back_equal() {
        GithubToken token = token("base64-ciphertext==", T0);
        tokens().replace(token);

        assertThat(tokens().findCurrent()).contains(token);
        assertThat(token.isValid()).isTrue();
    }

    @Test
    void an_invalid_oauth_token_with_absent_optionals_reads_back_with_them_null() {
        GithubToken token = GithubToken.withId(GithubTokenId.of("Fixed_token-1"), "cipher", GithubTokenType.OAUTH, null,
                null, null, false, null, T0, T0);
        tokens().replace(token);

        assertThat(tokens().findCurrent()).contains(token);
    }

    @Test
    void non_ascii_and_longest_texts_survive_the_round_trip() {
        GithubToken token = GithubToken.withId(GithubTokenId.of("long"), "c".repeat(GithubToken.ENCRYPTED_TOKEN_MAX),
                GithubTokenType.PAT, "s".repeat(GithubToken.SCOPES_MAX), "ünï-" + "l".repeat(GithubToken.GITHUB_LOGIN_MAX - 4),
                "9".repeat(GithubToken.GITHUB_ID_MAX), true, T0.plusMillis(1), T0, T0.plusMillis(2));
        tokens().replace(token);

        assertThat(tokens().findCurrent()).contains(token);
    }

    @Test
    void replacing_the_token_leaves_only_the_new_one() {
        tokens().replace(token("old", T0));
        GithubToken replacement = token("new", T0.plusSeconds(1));

        tokens().replace(replacement);

        assertThat(tokens().findCurrent()).contains(replacement);
        assertThat(tokens().deleteCurrent()).isTrue();
        assertThat(tokens().findCurrent()).isEmpty();
    }

    @Test
    void an_update_stores_every_field_of_the_stored_token() {
        GithubToken token = token("cipher", T0);
        tokens().replace(token);
        GithubToken revalidated = GithubToken.withId(token.id(), "cipher-2", GithubTokenType.OAUTH, "repo", "hubot", "2",
                true, T0.plusSeconds(9), token.createdAt(), T0.plusSeconds(9));

        assertThat(tokens().update(revalidated)).isTrue();

        assertThat(tokens().findCurrent()).contains(revalidated);
    }

    @Test
    void a_token_marked_invalid_keeps_everything_else() {
        GithubToken token = token("cipher", T0);
        tokens().replace(token);

        assertThat(tokens().markInvalid(token.id(), T0.plusSeconds(3))).isTrue();

        assertThat(tokens().findCurrent()).contains(GithubToken.withId(token.id(), token.encryptedToken(), token.tokenType(),
                token.scopes(), token.githubLogin(), token.githubId(), false, token.lastValidatedAt(), token.createdAt(),
                T0.plusSeconds(3)));
    }

    @Test
    void updating_marking_or_deleting_a_missing_token_reports_false() {
        GithubToken ghost = token("ghost", T0);

        assertThat(tokens().update(ghost)).isFalse();
        assertThat(tokens().markInvalid(ghost.id(), T0)).isFalse();
        assertThat(tokens().deleteCurrent()).isFalse();
    }

    @Test
    void a_failed_transaction_keeps_the_token_it_replaced() {
        GithubToken old = token("old", T0);
        tokens().replace(old);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            tokens().replace(token("new", T0.plusSeconds(1)));
            throw new IllegalStateException("GitHub rejected the token");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tokens().findCurrent()).contains(old);
    }
}
