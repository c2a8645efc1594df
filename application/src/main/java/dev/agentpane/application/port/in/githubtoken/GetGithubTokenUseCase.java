package dev.agentpane.application.port.in.githubtoken;

import dev.agentpane.domain.githubtoken.GithubToken;
import java.util.Optional;

public interface GetGithubTokenUseCase {
    /**
     * The stored token's information; empty when none is stored. The masked form needs the plaintext (the table keeps no
     * masked copy, as in the original), so the token is decrypted here and only its mask leaves. A token that no longer
     * decrypts is marked invalid and shown fully masked, instead of failing the page that asks.
     *
     * @throws dev.agentpane.domain.shared.EncryptionKeyInvalidException when the server's encryption key is unusable
     */
    Optional<TokenInfo> get();

    /** @param maskedToken the token's display form (see {@link dev.agentpane.domain.shared.Secret#masked()}) */
    record TokenInfo(GithubToken token, String maskedToken) {
    }
}
