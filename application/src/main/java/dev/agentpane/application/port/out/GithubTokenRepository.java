package dev.agentpane.application.port.out;

import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenId;
import java.time.Instant;
import java.util.Optional;

/** The one stored GitHub token. */
public interface GithubTokenRepository {
    /** The stored token; should an older database hold several, the most recently created one. */
    Optional<GithubToken> findCurrent();

    /** Stores {@code token} as the only token, in place of any stored one. */
    void replace(GithubToken token);

    /** Stores every field of the stored token with {@code token}'s id; returns false when there is none. */
    boolean update(GithubToken token);

    /** Returns false when no token has the id. */
    boolean markInvalid(GithubTokenId id, Instant updatedAt);

    /** Deletes the stored token; returns false when there was none. */
    boolean deleteCurrent();
}
