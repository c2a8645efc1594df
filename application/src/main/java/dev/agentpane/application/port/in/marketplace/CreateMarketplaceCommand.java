package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.shared.GithubRepositoryRef;
import java.util.Objects;

/**
 * A new marketplace.
 *
 * @param branch      null for {@code main}
 * @param pluginsPath null for {@code plugins}
 */
public record CreateMarketplaceCommand(String name, GithubRepositoryRef repository, String branch, String pluginsPath) {
    public CreateMarketplaceCommand {
        Objects.requireNonNull(repository, "repository");
    }
}
