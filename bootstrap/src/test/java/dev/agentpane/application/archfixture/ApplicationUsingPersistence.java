package dev.agentpane.application.archfixture;

import dev.agentpane.persistence.project.ProjectRow;

/** Breaks the application rule: a use case reads a persistence row instead of going through a port. */
public class ApplicationUsingPersistence {
    private ProjectRow row;

    public ProjectRow row() {
        return row;
    }
}
