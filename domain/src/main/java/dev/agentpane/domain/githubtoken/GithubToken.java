package dev.agentpane.domain.githubtoken;

import dev.agentpane.domain.shared.InvalidSecretFormatException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * The one stored GitHub token, held only encrypted, with what GitHub said about it when it was last validated.
 * {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param scopes      comma-separated OAuth scopes, as GitHub reports them; null when unknown
 * @param githubLogin null until GitHub has named the token's user
 */
public record GithubToken(
        GithubTokenId id,
        String encryptedToken,
        GithubTokenType tokenType,
        String scopes,
        String githubLogin,
        String githubId,
        boolean isValid,
        Instant lastValidatedAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int ENCRYPTED_TOKEN_MAX = 10_000;
    public static final int SCOPES_MAX = 2_000;
    /** GitHub logins have at most 39 characters; the margin costs nothing. */
    public static final int GITHUB_LOGIN_MAX = 100;
    public static final int GITHUB_ID_MAX = 100;
    /** GitHub tokens are 40 (classic) to 93 (fine-grained) characters; the bound keeps the encrypted form small. */
    public static final int PLAINTEXT_TOKEN_MAX = 1000;

    public GithubToken {
        Objects.requireNonNull(id, "id");
        encryptedToken = Text.required(encryptedToken, ENCRYPTED_TOKEN_MAX, "Encrypted token");
        Objects.requireNonNull(tokenType, "tokenType");
        scopes = Text.optional(scopes, SCOPES_MAX, "Scopes");
        githubLogin = Text.optional(githubLogin, GITHUB_LOGIN_MAX, "GitHub login");
        githubId = Text.optional(githubId, GITHUB_ID_MAX, "GitHub id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A token GitHub has just accepted: valid and validated now. */
    public static GithubToken create(String encryptedToken, GithubTokenType tokenType, String scopes, String githubLogin,
            String githubId, Instant now) {
        return new GithubToken(GithubTokenId.generate(now.toEpochMilli()), encryptedToken, tokenType, scopes, githubLogin,
                githubId, true, now, now, now);
    }

    /**
     * Checks a personal access token: present, bounded, classic ({@code ghp_}) or fine-grained ({@code github_pat_}).
     *
     * @throws ValidationException          when the token is empty or too long
     * @throws InvalidSecretFormatException when it has neither prefix
     */
    public static void checkPersonalAccessToken(Secret token) {
        if (token == null || token.reveal().isEmpty()) {
            throw new ValidationException("Token is required");
        }
        if (token.length() > PLAINTEXT_TOKEN_MAX) {
            throw new ValidationException("Token must be at most " + PLAINTEXT_TOKEN_MAX + " characters");
        }
        if (!token.startsWith("ghp_") && !token.startsWith("github_pat_")) {
            throw new InvalidSecretFormatException("Invalid token format: a GitHub personal access token starts with ghp_ or github_pat_");
        }
    }

    public static GithubToken withId(GithubTokenId id, String encryptedToken, GithubTokenType tokenType, String scopes,
            String githubLogin, String githubId, boolean isValid, Instant lastValidatedAt, Instant createdAt,
            Instant updatedAt) {
        return new GithubToken(id, encryptedToken, tokenType, scopes, githubLogin, githubId, isValid, lastValidatedAt,
                createdAt, updatedAt);
    }
}
