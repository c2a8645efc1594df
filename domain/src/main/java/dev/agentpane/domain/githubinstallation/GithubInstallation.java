package dev.agentpane.domain.githubinstallation;

import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * An installation of the GitHub App on a user or organisation account; it owns the {@link RepositoryConfig}s of
 * that account's repositories. {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param installationId GitHub's id of the installation, unique
 * @param accountType    as GitHub names it ({@code User}, {@code Organization})
 * @param status         free text in the original ({@code active} on creation); no list of values is defined
 */
public record GithubInstallation(
        GithubInstallationId id,
        String installationId,
        String accountLogin,
        String accountType,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    public static final int INSTALLATION_ID_MAX = 100;
    public static final int ACCOUNT_LOGIN_MAX = 100;
    public static final int ACCOUNT_TYPE_MAX = 50;
    public static final int STATUS_MAX = 50;
    public static final String ACTIVE = "active";

    public GithubInstallation {
        Objects.requireNonNull(id, "id");
        installationId = Text.required(installationId, INSTALLATION_ID_MAX, "Installation id");
        accountLogin = Text.required(accountLogin, ACCOUNT_LOGIN_MAX, "Account login");
        accountType = Text.required(accountType, ACCOUNT_TYPE_MAX, "Account type");
        status = Text.required(status, STATUS_MAX, "Status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static GithubInstallation create(String installationId, String accountLogin, String accountType, Instant now) {
        return new GithubInstallation(GithubInstallationId.generate(now.toEpochMilli()), installationId, accountLogin,
                accountType, ACTIVE, now, now);
    }

    public static GithubInstallation withId(GithubInstallationId id, String installationId, String accountLogin,
            String accountType, String status, Instant createdAt, Instant updatedAt) {
        return new GithubInstallation(id, installationId, accountLogin, accountType, status, createdAt, updatedAt);
    }
}
