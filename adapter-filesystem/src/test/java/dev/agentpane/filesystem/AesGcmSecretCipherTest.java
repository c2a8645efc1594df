package dev.agentpane.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmSecretCipherTest {
    private static final String KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final String IV_HEX = "a0a1a2a3a4a5a6a7a8a9aaab";

    @TempDir
    Path dataDirectory;

    private AesGcmSecretCipher cipher() {
        return new AesGcmSecretCipher(EncryptionKeyFile.inDirectory(dataDirectory));
    }

    private AesGcmSecretCipher cipherWithKey(byte[] key) throws IOException {
        Files.write(dataDirectory.resolve(EncryptionKeyFile.FILE_NAME), key);
        return cipher();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-ant-api03-abcdefghijklmnopqrstuvwxyz", "", "Ünïcødé 🔑 ключ 键", "x"})
    void what_is_encrypted_decrypts_to_the_same_text(String plaintext) {
        AesGcmSecretCipher cipher = cipher();

        String stored = cipher.encrypt(Secret.of(plaintext));

        if (plaintext.length() > 8) {
            assertThat(stored).as("a long plaintext cannot appear in random base64 by chance").doesNotContain(plaintext);
        }
        assertThat(cipher.decrypt(stored)).isEqualTo(Secret.of(plaintext));
        assertThat(cipher().decrypt(stored)).as("another instance on the same key file").isEqualTo(Secret.of(plaintext));
    }

    @Test
    void each_encryption_takes_a_fresh_iv() {
        AesGcmSecretCipher cipher = cipher();
        String first = cipher.encrypt(Secret.of("same"));
        String second = cipher.encrypt(Secret.of("same"));

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12)).isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
    }

    @Test
    void the_stored_form_is_base64_of_iv_then_tag_then_ciphertext() throws Exception {
        byte[] key = HexFormat.of().parseHex(KEY_HEX);
        AesGcmSecretCipher cipher = cipherWithKey(key);
        String plaintext = "sk-ant-layout-check";

        byte[] stored = Base64.getDecoder().decode(cipher.encrypt(Secret.of(plaintext)));

        assertThat(stored).hasSize(12 + 16 + plaintext.length());
        byte[] iv = Arrays.copyOfRange(stored, 0, 12);
        byte[] tag = Arrays.copyOfRange(stored, 12, 28);
        byte[] ciphertext = Arrays.copyOfRange(stored, 28, stored.length);
        Cipher java = Cipher.getInstance("AES/GCM/NoPadding");
        java.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] javaLayout = ByteBuffer.allocate(ciphertext.length + 16).put(ciphertext).put(tag).array();
        assertThat(new String(java.doFinal(javaLayout), StandardCharsets.UTF_8)).isEqualTo(plaintext);
    }

    @Test
    void a_value_laid_out_by_hand_as_the_original_does_decrypts() throws Exception {
        byte[] key = HexFormat.of().parseHex(KEY_HEX);
        byte[] iv = HexFormat.of().parseHex(IV_HEX);
        Cipher java = Cipher.getInstance("AES/GCM/NoPadding");
        java.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] ciphertextThenTag = java.doFinal("ghp_handmade-token-0123456789".getBytes(StandardCharsets.UTF_8));
        int ciphertextLength = ciphertextThenTag.length - 16;
        byte[] originalLayout = ByteBuffer.allocate(12 + ciphertextThenTag.length).put(iv)
                .put(ciphertextThenTag, ciphertextLength, 16).put(ciphertextThenTag, 0, ciphertextLength).array();

        Secret decrypted = cipherWithKey(key).decrypt(Base64.getEncoder().encodeToString(originalLayout));

        assertThat(decrypted).isEqualTo(Secret.of("ghp_handmade-token-0123456789"));
    }

    /** Written by Node's crypto with the original's code (createCipheriv, getAuthTag, Buffer.concat([iv, tag, encrypted])). */
    @Test
    void values_written_by_the_original_decrypt() throws IOException {
        AesGcmSecretCipher cipher = cipherWithKey(HexFormat.of().parseHex(KEY_HEX));

        assertThat(cipher.decrypt("oKGio6SlpqeoqaqrADmMqRvmxSw6okwSJ92I7ZVzUUwrvy/eEgy34CoNsrcE2Dx+v9U7QehmQ6sQ2Rxmuxgmkw=="))
                .isEqualTo(Secret.of("sk-ant-api03-written-by-the-original"));
        assertThat(cipher.decrypt("oKGio6Slpqeoqaqr95bkljEW6k/07W5eXGyxaoFwDHKGV2x8zQZEa2O5afOAM82B"))
                .isEqualTo(Secret.of("ghp_Ünïcødé-🔑"));
    }

    @ParameterizedTest(name = "a byte flipped at {0}")
    @ValueSource(ints = {0, 11, 12, 27, 28, 40})
    void a_flipped_byte_in_iv_tag_or_ciphertext_is_detected(int position) {
        AesGcmSecretCipher cipher = cipher();
        byte[] stored = Base64.getDecoder().decode(cipher.encrypt(Secret.of("sk-ant-api03-tamper-evident-value")));
        stored[position] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(stored)))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("altered")
                .hasMessageNotContaining("tamper-evident");
    }

    @Test
    void text_that_is_no_stored_secret_is_unreadable_not_a_crash() {
        AesGcmSecretCipher cipher = cipher();
        cipher.encrypt(Secret.of("creates the key"));

        assertThatThrownBy(() -> cipher.decrypt("not base64 at all!")).isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(new byte[27]))).isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt("")).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void a_secret_saved_under_another_key_is_unreadable() throws IOException {
        String stored = cipher().encrypt(Secret.of("sk-ant-old-key"));
        Files.write(dataDirectory.resolve(EncryptionKeyFile.FILE_NAME), HexFormat.of().parseHex(KEY_HEX));

        assertThatThrownBy(() -> cipher().decrypt(stored)).isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("key file changed");
    }

    @Test
    void decrypting_without_a_key_file_is_unreadable_and_makes_no_key() {
        String stored = new AesGcmSecretCipher(EncryptionKeyFile.inDirectory(dataDirectory.resolve("elsewhere")))
                .encrypt(Secret.of("sk-ant-from-another-directory"));

        assertThatThrownBy(() -> cipher().decrypt(stored)).isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("no encryption key file");
        assertThat(dataDirectory.resolve(EncryptionKeyFile.FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void a_key_file_of_the_wrong_length_is_refused_and_left_alone(int length) throws IOException {
        AesGcmSecretCipher cipher = cipherWithKey(new byte[length]);

        assertThatThrownBy(() -> cipher.encrypt(Secret.of("sk-ant-x"))).isInstanceOf(EncryptionKeyInvalidException.class)
                .hasMessageContaining("holds " + length + " bytes").hasMessageContaining("exactly 32");
        assertThatThrownBy(() -> cipher.decrypt("AAAA")).isInstanceOf(EncryptionKeyInvalidException.class);
        assertThat(Files.size(dataDirectory.resolve(EncryptionKeyFile.FILE_NAME))).isEqualTo(length);
    }

    @Test
    void a_repaired_key_file_is_used_without_a_restart() throws IOException {
        AesGcmSecretCipher cipher = cipherWithKey(new byte[5]);
        assertThatThrownBy(() -> cipher.encrypt(Secret.of("x"))).isInstanceOf(EncryptionKeyInvalidException.class);

        Files.write(dataDirectory.resolve(EncryptionKeyFile.FILE_NAME), HexFormat.of().parseHex(KEY_HEX));

        assertThat(cipher.decrypt(cipher.encrypt(Secret.of("x")))).isEqualTo(Secret.of("x"));
    }

    @Test
    void the_key_file_is_created_on_first_use_with_32_bytes_readable_by_the_owner_only() throws IOException {
        Path nested = dataDirectory.resolve("not/there/yet");
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(EncryptionKeyFile.inDirectory(nested));
        Path keyFile = nested.resolve("encryption.key");
        assertThat(keyFile).doesNotExist();

        cipher.encrypt(Secret.of("first use"));

        assertThat(Files.size(keyFile)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        try (var leftovers = Files.list(nested)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).containsExactly("encryption.key");
        }
    }

    @Test
    void a_directory_that_cannot_hold_the_key_is_an_invalid_key_not_a_crash() throws IOException {
        Path notADirectory = Files.writeString(dataDirectory.resolve("plain-file"), "x");
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(EncryptionKeyFile.inDirectory(notADirectory));

        assertThatThrownBy(() -> cipher.encrypt(Secret.of("x"))).isInstanceOf(EncryptionKeyInvalidException.class)
                .hasMessageContaining("Cannot");
    }

    /** Each cipher stands for a process starting on the same data directory: one key must win, for all of them. */
    @Test
    void ciphers_starting_at_once_on_one_directory_agree_on_a_single_key() throws Exception {
        int starters = 8;
        ExecutorService pool = Executors.newFixedThreadPool(starters);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < starters; i++) {
                String plaintext = "secret-" + i;
                Callable<String> firstUse = () -> {
                    start.await();
                    return cipher().encrypt(Secret.of(plaintext));
                };
                results.add(pool.submit(firstUse));
            }
            start.countDown();
            AesGcmSecretCipher reader = cipher();
            for (int i = 0; i < starters; i++) {
                assertThat(reader.decrypt(results.get(i).get())).isEqualTo(Secret.of("secret-" + i));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dataDirectory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("encryption.key");
        }
    }
}
