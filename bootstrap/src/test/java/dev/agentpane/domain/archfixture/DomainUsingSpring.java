package dev.agentpane.domain.archfixture;

import org.springframework.context.ApplicationContext;

/** Breaks the domain rules: the domain reaches for Spring. */
public class DomainUsingSpring {
    private ApplicationContext context;

    public ApplicationContext context() {
        return context;
    }
}
