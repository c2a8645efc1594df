package dev.agentpane.application.port.in.githubtoken;

import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.util.Objects;

/**
 * A GitHub token that GitHub has accepted, with what GitHub said about it; it replaces any stored token.
 *
 * @param scopes      comma-separated scopes; null when unknown
 * @param githubLogin null when unknown, like {@code githubId}
 */
public record StoreGithubTokenCommand(Secret token, GithubTokenType tokenType, String scopes, String githubLogin, String githubId) {
    public StoreGithubTokenCommand {
        Objects.requireNonNull(tokenType, "tokenType");
        if (tokenType == GithubTokenType.PAT) {
            GithubToken.checkPersonalAccessToken(token);
        } else if (token == null || token.reveal().isEmpty() || token.length() > GithubToken.PLAINTEXT_TOKEN_MAX) {
            throw new ValidationException("Token must have 1 to " + GithubToken.PLAINTEXT_TOKEN_MAX + " characters");
        }
        Text.optional(scopes, GithubToken.SCOPES_MAX, "Scopes");
        Text.optional(githubLogin, GithubToken.GITHUB_LOGIN_MAX, "GitHub login");
        Text.optional(githubId, GithubToken.GITHUB_ID_MAX, "GitHub id");
    }
}
