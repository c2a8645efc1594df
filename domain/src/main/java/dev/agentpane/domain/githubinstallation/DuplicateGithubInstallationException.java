package dev.agentpane.domain.githubinstallation;

/** GitHub's installation id identifies one installation; it cannot be stored twice. */
public class DuplicateGithubInstallationException extends RuntimeException {
    public DuplicateGithubInstallationException(String installationId) {
        super("A GitHub installation with this id already exists: " + installationId);
    }
}
