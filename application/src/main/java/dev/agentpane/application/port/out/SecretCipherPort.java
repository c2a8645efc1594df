package dev.agentpane.application.port.out;

import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;

/**
 * Encrypts secrets for storage and decrypts stored ones, with a key the database never holds. The stored form is text
 * (the original's layout, so that its databases stay readable); it reveals nothing of the secret but its length.
 */
public interface SecretCipherPort {
    /** @throws EncryptionKeyInvalidException when the server's key cannot be read, created or used */
    String encrypt(Secret secret);

    /**
     * @throws SecretUnreadableException     when {@code stored} was altered or encrypted under another key
     * @throws EncryptionKeyInvalidException when the server's key cannot be read, created or used
     */
    Secret decrypt(String stored);
}
