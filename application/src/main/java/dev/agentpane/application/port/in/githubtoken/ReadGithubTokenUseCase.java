package dev.agentpane.application.port.in.githubtoken;

import dev.agentpane.domain.shared.Secret;
import java.util.Optional;

/** The plaintext token, for the code inside this process that calls GitHub. No route returns it. */
public interface ReadGithubTokenUseCase {
    /**
     * @return empty when no token is stored
     * @throws dev.agentpane.domain.shared.SecretUnreadableException     when the stored token cannot be decrypted any
     *                                                                   more; it is then marked invalid
     * @throws dev.agentpane.domain.shared.EncryptionKeyInvalidException when the server's encryption key is unusable
     */
    Optional<Secret> readToken();
}
