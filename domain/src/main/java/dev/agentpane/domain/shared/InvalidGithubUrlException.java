package dev.agentpane.domain.shared;

/** Text that names no GitHub repository (see {@link GithubRepositoryRef#parse}). */
public class InvalidGithubUrlException extends ValidationException {
    private final String url;

    public InvalidGithubUrlException(String url) {
        super("Invalid GitHub repository URL: " + url);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
