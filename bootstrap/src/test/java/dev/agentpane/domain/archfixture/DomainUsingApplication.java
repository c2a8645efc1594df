package dev.agentpane.domain.archfixture;

import dev.agentpane.application.port.out.ProjectRepository;

/** Breaks the domain rule: the domain reaches outwards into the application ring. */
public class DomainUsingApplication {
    private ProjectRepository projects;

    public ProjectRepository projects() {
        return projects;
    }
}
