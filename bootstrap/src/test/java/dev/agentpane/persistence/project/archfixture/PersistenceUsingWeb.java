package dev.agentpane.persistence.project.archfixture;

import dev.agentpane.web.api.ApiException;

/** Breaks the persistence rule: a repository throws the web adapter's exception. */
public class PersistenceUsingWeb {
    public void fail() {
        throw new ApiException(409, "conflict", "duplicate");
    }
}
