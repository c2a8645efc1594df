package dev.agentpane.application.githubtoken;

import dev.agentpane.application.port.in.githubtoken.DeleteGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.GetGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.ReadGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenCommand;
import dev.agentpane.application.port.in.githubtoken.StoreGithubTokenUseCase;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The one stored GitHub token (reference §1.13), encrypted like the API keys. Calling GitHub comes with a later issue. */
public class GithubTokenService implements StoreGithubTokenUseCase, GetGithubTokenUseCase, ReadGithubTokenUseCase,
        DeleteGithubTokenUseCase {
    private final GithubTokenRepository tokens;
    private final SecretCipherPort cipher;
    private final TransactionRunner transactions;
    private final Clock clock;

    public GithubTokenService(GithubTokenRepository tokens, SecretCipherPort cipher, TransactionRunner transactions, Clock clock) {
        this.tokens = tokens;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public GithubToken store(StoreGithubTokenCommand command) {
        GithubToken token = GithubToken.create(cipher.encrypt(command.token()), command.tokenType(), command.scopes(),
                command.githubLogin(), command.githubId(), now());
        transactions.inTransaction(() -> tokens.replace(token));
        return token;
    }

    @Override
    public Optional<TokenInfo> get() {
        Optional<GithubToken> stored = tokens.findCurrent();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        GithubToken token = stored.get();
        try {
            return Optional.of(new TokenInfo(token, cipher.decrypt(token.encryptedToken()).masked()));
        } catch (SecretUnreadableException e) {
            Instant now = now();
            transactions.inTransaction(() -> tokens.markInvalid(token.id(), now));
            return Optional.of(new TokenInfo(GithubToken.withId(token.id(), token.encryptedToken(), token.tokenType(), token.scopes(),
                    token.githubLogin(), token.githubId(), false, token.lastValidatedAt(), token.createdAt(), now), Secret.HIDDEN));
        }
    }

    @Override
    public Optional<Secret> readToken() {
        Optional<GithubToken> stored = tokens.findCurrent();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.decrypt(stored.get().encryptedToken()));
        } catch (SecretUnreadableException e) {
            transactions.inTransaction(() -> tokens.markInvalid(stored.get().id(), now()));
            throw e;
        }
    }

    @Override
    public void delete() {
        transactions.inTransaction(tokens::deleteCurrent);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
