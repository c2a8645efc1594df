package dev.agentpane.domain.marketplace;

/** A GitHub repository backs at most one marketplace. */
public class DuplicateMarketplaceRepositoryException extends RuntimeException {
    public DuplicateMarketplaceRepositoryException(String githubOwner, String githubRepo) {
        super("A marketplace for this repository already exists: " + githubOwner + "/" + githubRepo);
    }
}
