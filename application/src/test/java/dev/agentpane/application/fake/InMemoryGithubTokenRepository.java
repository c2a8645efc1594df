package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenId;
import java.time.Instant;
import java.util.Optional;

public class InMemoryGithubTokenRepository implements GithubTokenRepository, InMemoryStore {
    private GithubToken current;

    @Override
    public synchronized Optional<GithubToken> findCurrent() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized void replace(GithubToken token) {
        current = token;
    }

    @Override
    public synchronized boolean update(GithubToken token) {
        if (current == null || !current.id().equals(token.id())) {
            return false;
        }
        current = token;
        return true;
    }

    @Override
    public synchronized boolean markInvalid(GithubTokenId id, Instant updatedAt) {
        if (current == null || !current.id().equals(id)) {
            return false;
        }
        current = GithubToken.withId(current.id(), current.encryptedToken(), current.tokenType(), current.scopes(),
                current.githubLogin(), current.githubId(), false, current.lastValidatedAt(), current.createdAt(), updatedAt);
        return true;
    }

    @Override
    public synchronized boolean deleteCurrent() {
        boolean existed = current != null;
        current = null;
        return existed;
    }

    @Override
    public synchronized Object snapshot() {
        return Optional.ofNullable(current);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        current = ((Optional<GithubToken>) snapshot).orElse(null);
    }

    @Override
    public synchronized void clear() {
        current = null;
    }
}
