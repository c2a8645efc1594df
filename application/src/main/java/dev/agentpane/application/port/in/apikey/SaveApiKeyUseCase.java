package dev.agentpane.application.port.in.apikey;

import dev.agentpane.domain.apikey.ApiKey;

public interface SaveApiKeyUseCase {
    /**
     * Encrypts the key and stores it as the service's only key (a new id; valid and validated now, as in the original).
     *
     * @return the stored key's information; it holds the key only encrypted and masked
     * @throws dev.agentpane.domain.shared.EncryptionKeyInvalidException when the server's encryption key is unusable
     */
    ApiKey save(SaveApiKeyCommand command);
}
