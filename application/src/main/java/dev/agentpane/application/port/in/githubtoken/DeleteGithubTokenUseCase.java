package dev.agentpane.application.port.in.githubtoken;

public interface DeleteGithubTokenUseCase {
    /** Deletes the stored token; nothing happens when there is none. */
    void delete();
}
