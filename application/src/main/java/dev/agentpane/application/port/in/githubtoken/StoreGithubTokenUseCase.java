package dev.agentpane.application.port.in.githubtoken;

import dev.agentpane.domain.githubtoken.GithubToken;

public interface StoreGithubTokenUseCase {
    /**
     * Encrypts the token and stores it as the only one, valid and validated now. Validating it with GitHub is the
     * caller's part (the GitHub integration, a later issue).
     *
     * @throws dev.agentpane.domain.shared.EncryptionKeyInvalidException when the server's encryption key is unusable
     */
    GithubToken store(StoreGithubTokenCommand command);
}
