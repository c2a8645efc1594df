package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A stand-in for the AES-GCM cipher (which {@code adapter-filesystem} tests): the stored form names the key it was made
 * with and hides the text from a casual look, so tests can change the key ({@link #replaceKey}) or break it
 * ({@link #breakKey}) and see the port's failures.
 */
public class InMemorySecretCipher implements SecretCipherPort {
    private int keyNumber;
    private boolean broken;

    @Override
    public synchronized String encrypt(Secret secret) {
        requireKey();
        return "key" + keyNumber + ":" + Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized Secret decrypt(String stored) {
        requireKey();
        String prefix = "key" + keyNumber + ":";
        if (!stored.startsWith(prefix)) {
            throw new SecretUnreadableException("The stored secret cannot be decrypted with this server's encryption key");
        }
        try {
            return Secret.of(new String(Base64.getDecoder().decode(stored.substring(prefix.length())), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException("The stored secret is damaged");
        }
    }

    /** Secrets stored before no longer decrypt, as after the key file was replaced. */
    public synchronized void replaceKey() {
        keyNumber++;
    }

    /** Every call fails as with a key file of the wrong length, until {@link #repairKey}. */
    public synchronized void breakKey() {
        broken = true;
    }

    public synchronized void repairKey() {
        broken = false;
    }

    private void requireKey() {
        if (broken) {
            throw new EncryptionKeyInvalidException("The encryption key is unusable");
        }
    }
}
