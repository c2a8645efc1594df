package dev.agentpane.application.apikey;

import dev.agentpane.application.port.in.apikey.DeleteApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.GetApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.ReadApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.SaveApiKeyCommand;
import dev.agentpane.application.port.in.apikey.SaveApiKeyUseCase;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.domain.shared.SecretUnreadableException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The keys of external services (reference §4.10): stored encrypted, shown masked, decrypted only for their user. */
public class ApiKeyService implements SaveApiKeyUseCase, GetApiKeyUseCase, DeleteApiKeyUseCase, ReadApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final SecretCipherPort cipher;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, SecretCipherPort cipher, TransactionRunner transactions, Clock clock) {
        this.keys = keys;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Encrypts before the transaction, so the key file is never read while the write lock is held. */
    @Override
    public ApiKey save(SaveApiKeyCommand command) {
        ApiKey key = ApiKey.create(command.service().value(), cipher.encrypt(command.key()), command.key().masked(), now());
        transactions.inTransaction(() -> keys.replaceForService(key));
        return key;
    }

    @Override
    public Optional<ApiKey> get(ServiceName service) {
        return keys.findByService(service.value());
    }

    @Override
    public void delete(ServiceName service) {
        transactions.inTransaction(() -> keys.deleteByService(service.value()));
    }

    @Override
    public Optional<Secret> readKey(ServiceName service) {
        Optional<ApiKey> stored = keys.findByService(service.value());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.decrypt(stored.get().encryptedKey()));
        } catch (SecretUnreadableException e) {
            transactions.inTransaction(() -> keys.markInvalid(service.value(), now()));
            throw e;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
