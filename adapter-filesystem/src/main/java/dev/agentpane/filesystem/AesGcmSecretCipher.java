package dev.agentpane.filesystem;

import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as the original encrypts secrets (reference §4.10, {@code server-encryption.ts}): a random 12-byte IV per
 * secret, a 16-byte tag, no additional data, and the stored text is base64 of IV ‖ tag ‖ ciphertext. Java's cipher
 * appends the tag to the ciphertext instead, so the parts are reordered on the way in and out; databases written by
 * the original stay readable. The key comes from an {@link EncryptionKeyFile}.
 */
public class AesGcmSecretCipher implements SecretCipherPort {
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final EncryptionKeyFile keyFile;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretCipher(EncryptionKeyFile keyFile) {
        this.keyFile = keyFile;
    }

    @Override
    public String encrypt(Secret secret) {
        SecretKey key = keyFile.key();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] ciphertextAndTag = run(Cipher.ENCRYPT_MODE, key, iv, secret.reveal().getBytes(StandardCharsets.UTF_8));
        int ciphertextLength = ciphertextAndTag.length - TAG_BYTES;
        ByteBuffer stored = ByteBuffer.allocate(IV_BYTES + ciphertextAndTag.length)
                .put(iv)
                .put(ciphertextAndTag, ciphertextLength, TAG_BYTES)
                .put(ciphertextAndTag, 0, ciphertextLength);
        return Base64.getEncoder().encodeToString(stored.array());
    }

    @Override
    public Secret decrypt(String stored) {
        SecretKey key = keyFile.existingKey().orElseThrow(() -> new SecretUnreadableException(
                "There is no encryption key file, so secrets stored before cannot be decrypted; save them again"));
        byte[] combined;
        try {
            combined = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException("The stored secret is not base64 text; save it again");
        }
        if (combined.length < IV_BYTES + TAG_BYTES) {
            throw new SecretUnreadableException("The stored secret is too short to hold an IV and a tag; save it again");
        }
        byte[] iv = Arrays.copyOfRange(combined, 0, IV_BYTES);
        ByteBuffer ciphertextAndTag = ByteBuffer.allocate(combined.length - IV_BYTES)
                .put(combined, IV_BYTES + TAG_BYTES, combined.length - IV_BYTES - TAG_BYTES)
                .put(combined, IV_BYTES, TAG_BYTES);
        byte[] plaintext = run(Cipher.DECRYPT_MODE, key, iv, ciphertextAndTag.array());
        try {
            return Secret.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(plaintext)).toString());
        } catch (CharacterCodingException e) {
            throw new SecretUnreadableException("The stored secret is not UTF-8 text; save it again");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException("The stored secret does not decrypt with this server's encryption key: it was "
                    + "altered, or the key file changed since it was saved; save it again");
        } catch (GeneralSecurityException e) {
            throw new EncryptionKeyInvalidException("AES-256-GCM is not usable with the encryption key: " + e.getClass().getSimpleName(), e);
        }
    }
}
