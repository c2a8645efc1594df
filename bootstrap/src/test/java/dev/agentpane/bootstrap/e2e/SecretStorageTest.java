package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.in.apikey.ReadApiKeyUseCase;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The encryption key file of the assembled application ({@code SQLITE_DATA_DIR/encryption.key}): made on first use with
 * mode 0600, kept across restarts, and refused with a precise error when it is damaged or replaced.
 */
class SecretStorageTest {
    private static final String KEY = "sk-ant-api03-stored-across-restarts-0001";
    private TestDatabase database;
    private Path keyFile;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.sqlite();
        keyFile = database.dataDirectory().resolve("encryption.key");
    }

    @AfterEach
    void removeDatabase() {
        database.close();
    }

    private static ApiResponse save(RunningServer server) {
        return server.api.post("/api/keys/anthropic", json("{'key':'" + KEY + "'}"));
    }

    @Test
    void the_key_file_appears_on_first_use_readable_by_the_owner_only_and_keys_survive_a_restart() throws Exception {
        try (RunningServer server = RunningServer.start(database)) {
            server.api.get("/api/keys/anthropic");
            assertThat(keyFile).as("not before a secret is stored").doesNotExist();
            assertThat(save(server).status()).isEqualTo(200);
        }
        assertThat(Files.size(keyFile)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        byte[] key = Files.readAllBytes(keyFile);

        try (RunningServer restarted = RunningServer.start(database)) {
            assertThat(restarted.bean(ReadApiKeyUseCase.class).readKey(ServiceName.ANTHROPIC)).contains(Secret.of(KEY));
            assertThat(restarted.api.get("/api/keys/anthropic").json().at("/data/keyInfo/maskedKey").asString()).isEqualTo("sk-a••••••••0001");
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(key);
    }

    @Test
    void a_key_file_of_the_wrong_length_answers_encryption_key_invalid_and_is_left_alone() throws Exception {
        Files.createDirectories(keyFile.getParent());
        Files.write(keyFile, new byte[31]);

        try (RunningServer server = RunningServer.start(database)) {
            ApiResponse response = save(server);

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorCode()).isEqualTo("ENCRYPTION_KEY_INVALID");
            assertThat(response.body()).doesNotContain(KEY).doesNotContain(keyFile.toString());
            assertThat(server.api.get("/api/keys/anthropic").json().at("/data/keyInfo").isNull()).isTrue();
        }
        assertThat(Files.size(keyFile)).isEqualTo(31);
    }

    @Test
    void keys_stored_under_a_replaced_key_file_are_unreadable_and_marked_invalid() throws Exception {
        try (RunningServer server = RunningServer.start(database)) {
            save(server);
        }
        Files.delete(keyFile);

        try (RunningServer server = RunningServer.start(database)) {
            server.api.post("/api/keys/openai", json("{'key':'sk-proj-creates-a-new-key-file'}"));

            assertThatThrownBy(() -> server.bean(ReadApiKeyUseCase.class).readKey(ServiceName.ANTHROPIC))
                    .isInstanceOf(SecretUnreadableException.class).hasMessageNotContaining(KEY);
            assertThat(server.api.get("/api/keys/anthropic").json().at("/data/keyInfo/isValid").asBoolean()).isFalse();
            assertThat(server.bean(ReadApiKeyUseCase.class).readKey(ServiceName.of("openai")))
                    .contains(Secret.of("sk-proj-creates-a-new-key-file"));
        }
    }
}
