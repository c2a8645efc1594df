package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.apikey.ApiKeyService;
import dev.agentpane.application.githubtoken.GithubTokenService;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.filesystem.AesGcmSecretCipher;
import dev.agentpane.filesystem.EncryptionKeyFile;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stored secrets: the AES-GCM cipher over the data directory's key file, the API keys and the GitHub token. Needs {@link Settings}. */
@Configuration(proxyBeanMethods = false)
public class SecretConfiguration {
    /** @param dataDirectory where {@code encryption.key} lives ({@code SQLITE_DATA_DIR}); the file is made on first use */
    public record Settings(Path dataDirectory) {
    }

    @Bean
    public SecretCipherPort secretCipher(Settings settings) {
        return new AesGcmSecretCipher(EncryptionKeyFile.inDirectory(settings.dataDirectory()));
    }

    @Bean
    public ApiKeyService apiKeyService(ApiKeyRepository keys, SecretCipherPort cipher, TransactionRunner transactions, Clock clock) {
        return new ApiKeyService(keys, cipher, transactions, clock);
    }

    @Bean
    public GithubTokenService githubTokenService(GithubTokenRepository tokens, SecretCipherPort cipher, TransactionRunner transactions,
            Clock clock) {
        return new GithubTokenService(tokens, cipher, transactions, clock);
    }
}
