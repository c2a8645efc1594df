package dev.agentpane.application.port.in.apikey;

import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.Secret;
import java.util.Optional;

/**
 * The plaintext key, for the code inside this process that calls the service (the agent runner). No route returns it.
 */
public interface ReadApiKeyUseCase {
    /**
     * @return empty when the service has no key
     * @throws dev.agentpane.domain.shared.SecretUnreadableException     when the stored key cannot be decrypted any more;
     *                                                                   the key is then marked invalid
     * @throws dev.agentpane.domain.shared.EncryptionKeyInvalidException when the server's encryption key is unusable
     */
    Optional<Secret> readKey(ServiceName service);
}
